// Build step (process-sources): stop the embedded PostgreSQL started for jOOQ code generation.
def pg = project.getContextValue('passerelle.codegen.database')
if (pg != null) {
    pg.close()
    project.setContextValue('passerelle.codegen.database', null)
}
