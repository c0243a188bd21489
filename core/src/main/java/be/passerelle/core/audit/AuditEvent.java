package be.passerelle.core.audit;

import java.util.UUID;

/** An audit entry as stored, with its id and its position in the trail. */
public record AuditEvent(UUID id, long position, AuditEntry entry) {}
