package be.passerelle.core.directory;

import static be.passerelle.core.directory.AdminLevel.COMMUNITY;
import static be.passerelle.core.directory.AdminLevel.FEDERAL;
import static be.passerelle.core.directory.AdminLevel.LOCAL;
import static be.passerelle.core.directory.AdminLevel.PRIVATE;
import static be.passerelle.core.directory.AdminLevel.REGIONAL;
import static be.passerelle.core.shared.Language.DE;
import static be.passerelle.core.shared.Language.EN;
import static be.passerelle.core.shared.Language.FR;
import static be.passerelle.core.shared.Language.NL;

import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.LocalizedText;
import be.passerelle.core.shared.TenantKind;
import be.passerelle.core.shared.TenantSlug;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The Belgian network as the seed file {@code infra/src/main/resources/seed/belgian-ombudsman-network.json}
 * describes it, written out in Java so that the core's tests need no JSON library. {@link
 * SeedFileMirrorTest} checks that this copy and the seed file name the same things.
 */
final class BelgianNetworkFixture {
    private BelgianNetworkFixture() {}

    static Geography geography() {
        return new Geography(areas());
    }

    static NetworkDirectory directory() {
        return new NetworkDirectory(geography(), sectors(), bodies(), institutions(), orientationPoints());
    }

    static CompetenceFinder finder() {
        return new CompetenceFinder(directory());
    }

    static List<Area> areas() {
        return List.of(
                Area.country(AreaCode.of("BE"), text("Belgique", "België", "Belgien", "Belgium")),
                Area.ranged(
                        AreaCode.of("BE-BRU"),
                        AreaKind.REGION,
                        text(
                                "Région de Bruxelles-Capitale",
                                "Brussels Hoofdstedelijk Gewest",
                                "Region Brüssel-Hauptstadt",
                                "Brussels-Capital Region"),
                        List.of(range(1000, 1299))),
                Area.ranged(
                        AreaCode.of("BE-VLG"),
                        AreaKind.REGION,
                        text("Région flamande", "Vlaams Gewest", "Flämische Region", "Flemish Region"),
                        List.of(range(1500, 3999), range(8000, 9999))),
                Area.ranged(
                        AreaCode.of("BE-WAL"),
                        AreaKind.REGION,
                        text("Région wallonne", "Waals Gewest", "Wallonische Region", "Walloon Region"),
                        List.of(range(1300, 1499), range(4000, 7999))),
                Area.composed(
                        AreaCode.of("FWB"),
                        AreaKind.COMMUNITY,
                        text(
                                "Fédération Wallonie-Bruxelles",
                                "Federatie Wallonië-Brussel",
                                "Föderation Wallonie-Brüssel",
                                "Wallonia-Brussels Federation"),
                        List.of(AreaCode.of("BE-WAL"), AreaCode.of("BE-BRU")),
                        List.of(AreaCode.of("DG"))),
                Area.composed(
                        AreaCode.of("VG"),
                        AreaKind.COMMUNITY,
                        text(
                                "Communauté flamande",
                                "Vlaamse Gemeenschap",
                                "Flämische Gemeinschaft",
                                "Flemish Community"),
                        List.of(AreaCode.of("BE-VLG"), AreaCode.of("BE-BRU")),
                        List.of()),
                Area.ranged(
                        AreaCode.of("DG"),
                        AreaKind.COMMUNITY,
                        text(
                                "Communauté germanophone",
                                "Duitstalige Gemeenschap",
                                "Deutschsprachige Gemeinschaft",
                                "German-speaking Community"),
                        List.of(range(4700, 4799))),
                Area.ranged(
                        AreaCode.of("BE-VAN"),
                        AreaKind.PROVINCE,
                        text("Province d'Anvers", "Provincie Antwerpen", "Provinz Antwerpen", "Antwerp"),
                        List.of(range(2000, 2999))),
                Area.ranged(
                        AreaCode.of("BE-VBR"),
                        AreaKind.PROVINCE,
                        text("Brabant flamand", "Vlaams-Brabant", "Flämisch-Brabant", "Flemish Brabant"),
                        List.of(range(1500, 1999), range(3000, 3499))),
                Area.ranged(
                        AreaCode.of("BE-VLI"),
                        AreaKind.PROVINCE,
                        text("Limbourg", "Limburg", "Limburg", "Limburg"),
                        List.of(range(3500, 3999))),
                Area.ranged(
                        AreaCode.of("BE-VOV"),
                        AreaKind.PROVINCE,
                        text("Flandre-Orientale", "Oost-Vlaanderen", "Ostflandern", "East Flanders"),
                        List.of(range(9000, 9999))),
                Area.ranged(
                        AreaCode.of("BE-VWV"),
                        AreaKind.PROVINCE,
                        text("Flandre-Occidentale", "West-Vlaanderen", "Westflandern", "West Flanders"),
                        List.of(range(8000, 8999))),
                Area.ranged(
                        AreaCode.of("BE-WBR"),
                        AreaKind.PROVINCE,
                        text("Brabant wallon", "Waals-Brabant", "Wallonisch-Brabant", "Walloon Brabant"),
                        List.of(range(1300, 1499))),
                Area.ranged(
                        AreaCode.of("BE-WHT"),
                        AreaKind.PROVINCE,
                        text("Hainaut", "Henegouwen", "Hennegau", "Hainaut"),
                        List.of(range(6000, 6599), range(7000, 7999))),
                Area.ranged(
                        AreaCode.of("BE-WLG"),
                        AreaKind.PROVINCE,
                        text("Liège", "Luik", "Lüttich", "Liège"),
                        List.of(range(4000, 4999))),
                Area.ranged(
                        AreaCode.of("BE-WLX"),
                        AreaKind.PROVINCE,
                        text("Luxembourg", "Luxemburg", "Luxemburg", "Luxembourg"),
                        List.of(range(6600, 6999))),
                Area.ranged(
                        AreaCode.of("BE-WNA"),
                        AreaKind.PROVINCE,
                        text("Namur", "Namen", "Namur", "Namur"),
                        List.of(range(5000, 5999))),
                Area.listed(
                        AreaCode.of("MUN-ANTWERPEN"),
                        AreaKind.MUNICIPALITY,
                        text("Anvers", "Antwerpen", "Antwerpen", "Antwerp"),
                        postalCodes(
                                "2000", "2018", "2020", "2030", "2040", "2050", "2060", "2100", "2140", "2170", "2180",
                                "2600", "2610", "2660", "2150")),
                Area.listed(
                        AreaCode.of("MUN-GENT"),
                        AreaKind.MUNICIPALITY,
                        text("Gand", "Gent", "Gent", "Ghent"),
                        postalCodes("9000", "9030", "9031", "9032", "9040", "9041", "9042", "9050", "9051", "9052")),
                Area.listed(
                        AreaCode.of("MUN-OOSTENDE"),
                        AreaKind.MUNICIPALITY,
                        text("Ostende", "Oostende", "Ostende", "Ostend"),
                        postalCodes("8400")),
                Area.listed(
                        AreaCode.of("MUN-SINT-NIKLAAS"),
                        AreaKind.MUNICIPALITY,
                        text("Saint-Nicolas", "Sint-Niklaas", "Sint-Niklaas", "Sint-Niklaas"),
                        postalCodes("9100", "9111", "9112")),
                Area.listed(
                        AreaCode.of("MUN-CHARLEROI"),
                        AreaKind.MUNICIPALITY,
                        text("Charleroi", "Charleroi", "Charleroi", "Charleroi"),
                        postalCodes(
                                "6000", "6001", "6010", "6020", "6030", "6031", "6032", "6040", "6041", "6042", "6043",
                                "6044", "6060", "6061")),
                Area.listed(
                        AreaCode.of("MUN-COURCELLES"),
                        AreaKind.MUNICIPALITY,
                        text("Courcelles", "Courcelles", "Courcelles", "Courcelles"),
                        postalCodes("6180", "6181", "6182", "6183")),
                Area.listed(
                        AreaCode.of("MUN-IXELLES"),
                        AreaKind.MUNICIPALITY,
                        text("Ixelles", "Elsene", "Ixelles", "Ixelles"),
                        postalCodes("1050")),
                Area.listed(
                        AreaCode.of("MUN-WOLUWE-SAINT-LAMBERT"),
                        AreaKind.MUNICIPALITY,
                        text(
                                "Woluwe-Saint-Lambert",
                                "Sint-Lambrechts-Woluwe",
                                "Woluwe-Saint-Lambert",
                                "Woluwe-Saint-Lambert"),
                        postalCodes("1200")),
                Area.listed(
                        AreaCode.of("MUN-BRUXELLES"),
                        AreaKind.MUNICIPALITY,
                        text("Bruxelles (Ville)", "Brussel (Stad)", "Brüssel (Stadt)", "City of Brussels"),
                        postalCodes("1000", "1020", "1050", "1120", "1130")));
    }

    static List<Sector> sectors() {
        return List.of(
                new Sector("energy", text("Énergie", "Energie", "Energie", "Energy")),
                new Sector(
                        "telecom",
                        text("Télécommunications", "Telecommunicatie", "Telekommunikation", "Telecommunications")),
                new Sector("postal", text("Services postaux", "Postdiensten", "Postdienste", "Postal services")),
                new Sector("rail", text("Transport ferroviaire", "Spoorvervoer", "Bahnverkehr", "Rail transport")),
                new Sector(
                        "public-transport",
                        text(
                                "Transports publics urbains",
                                "Stedelijk openbaar vervoer",
                                "Städtischer Nahverkehr",
                                "Urban public transport")),
                new Sector("water", text("Eau", "Water", "Wasser", "Water")),
                new Sector(
                        "banking",
                        text(
                                "Banques, crédit et placements",
                                "Banken, krediet en beleggingen",
                                "Banken, Kredite und Anlagen",
                                "Banking, credit and investments")),
                new Sector("insurance", text("Assurances", "Verzekeringen", "Versicherungen", "Insurance")),
                new Sector(
                        "pensions",
                        text("Pensions légales", "Wettelijke pensioenen", "Gesetzliche Renten", "Statutory pensions")),
                new Sector("taxes", text("Fiscalité", "Belastingen", "Steuern", "Taxes")),
                new Sector("notaries", text("Notariat", "Notariaat", "Notariat", "Notaries")),
                new Sector(
                        "retail",
                        text(
                                "Commerce et achats en ligne",
                                "Handel en online aankopen",
                                "Handel und Online-Einkäufe",
                                "Retail and online shopping")),
                new Sector(
                        "consumer",
                        text(
                                "Litiges de consommation (autres)",
                                "Consumentengeschillen (overige)",
                                "Verbraucherstreitigkeiten (sonstige)",
                                "Consumer disputes (other)")),
                new Sector(
                        "employment-agencies",
                        text(
                                "Agences d'emploi privées",
                                "Private arbeidsbemiddeling",
                                "Private Arbeitsvermittlung",
                                "Private employment agencies")),
                new Sector(
                        "children-rights",
                        text("Droits de l'enfant", "Kinderrechten", "Kinderrechte", "Children's rights")),
                new Sector(
                        "public-administration",
                        text(
                                "Administrations publiques",
                                "Overheidsdiensten",
                                "Öffentliche Verwaltungen",
                                "Public administrations")));
    }

    static List<Body> bodies() {
        return List.of(
                new Body(
                        "STIB-MIVB",
                        text("STIB", "MIVB", "STIB", "STIB"),
                        REGIONAL,
                        Optional.of("public-transport"),
                        AreaCode.of("BE-BRU")),
                new Body(
                        "VIVAQUA",
                        text("Vivaqua", "Vivaqua", "Vivaqua", "Vivaqua"),
                        LOCAL,
                        Optional.of("water"),
                        AreaCode.of("BE-BRU")),
                new Body(
                        "SNCB-NMBS",
                        text("SNCB", "NMBS", "SNCB", "SNCB (Belgian railways)"),
                        FEDERAL,
                        Optional.of("rail"),
                        AreaCode.of("BE")),
                new Body(
                        "BPOST",
                        text("bpost", "bpost", "bpost", "bpost"),
                        FEDERAL,
                        Optional.of("postal"),
                        AreaCode.of("BE")),
                new Body(
                        "SPF-FINANCES",
                        text("SPF Finances", "FOD Financiën", "FÖD Finanzen", "FPS Finance"),
                        FEDERAL,
                        Optional.of("taxes"),
                        AreaCode.of("BE")),
                new Body(
                        "SFP-FPD",
                        text(
                                "Service fédéral des Pensions",
                                "Federale Pensioendienst",
                                "Föderaler Pensionsdienst",
                                "Federal Pensions Service"),
                        FEDERAL,
                        Optional.of("pensions"),
                        AreaCode.of("BE")),
                new Body(
                        "OFFICE-ETRANGERS",
                        text("Office des Étrangers", "Dienst Vreemdelingenzaken", "Ausländeramt", "Immigration Office"),
                        FEDERAL,
                        Optional.of("public-administration"),
                        AreaCode.of("BE")),
                new Body(
                        "VDAB",
                        text("VDAB", "VDAB", "VDAB", "VDAB (Flemish employment service)"),
                        REGIONAL,
                        Optional.of("public-administration"),
                        AreaCode.of("BE-VLG")),
                new Body(
                        "FOREM",
                        text("Le Forem", "Le Forem", "Le Forem", "Le Forem (Walloon employment service)"),
                        REGIONAL,
                        Optional.of("public-administration"),
                        AreaCode.of("BE-WAL")),
                new Body(
                        "ACTIRIS",
                        text("Actiris", "Actiris", "Actiris", "Actiris (Brussels employment service)"),
                        REGIONAL,
                        Optional.of("public-administration"),
                        AreaCode.of("BE-BRU")));
    }

    static List<DirectoryEntry> institutions() {
        return List.of(
                entry(
                        "federal-ombudsman",
                        TenantKind.FEDERAL,
                        text(
                                "Le Médiateur fédéral",
                                "De federale Ombudsman",
                                "Der Föderale Ombudsmann",
                                "Federal Ombudsman"),
                        List.of(FR, NL, DE, EN),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.empty(),
                                Optional.of(FEDERAL),
                                codes("BE"),
                                List.of(),
                                codes(),
                                List.of("SNCB-NMBS", "BPOST"))),
                entry(
                        "vlaamse-ombudsdienst",
                        TenantKind.REGIONAL,
                        text("Service de médiation flamand", "Vlaamse Ombudsdienst", null, "Flemish Ombudsman"),
                        List.of(NL),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.empty(),
                                Optional.of(REGIONAL),
                                codes("BE-VLG"),
                                List.of(),
                                codes(),
                                List.of()),
                        new Competence(
                                Optional.empty(), Optional.of(COMMUNITY), codes("VG"), List.of(), codes(), List.of())),
                entry(
                        "mediateur-wallonie-fwb",
                        TenantKind.REGIONAL,
                        text(
                                "Le Médiateur de la Wallonie et de la Fédération Wallonie-Bruxelles",
                                "Ombudsman van Wallonië en de Federatie Wallonië-Brussel",
                                "Ombudsmann der Wallonischen Region und der Föderation Wallonie-Brüssel",
                                "Ombudsman of Wallonia and the Wallonia-Brussels Federation"),
                        List.of(FR, DE),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.empty(),
                                Optional.of(REGIONAL),
                                codes("BE-WAL"),
                                List.of(),
                                codes(),
                                List.of()),
                        new Competence(
                                Optional.empty(), Optional.of(COMMUNITY), codes("FWB"), List.of(), codes(), List.of())),
                entry(
                        "ombuds-bruxelles",
                        TenantKind.REGIONAL,
                        text(
                                "Ombuds Bruxelles (Médiateur bruxellois)",
                                "Ombuds Brussel (Brusselse Ombudsman)",
                                null,
                                "Ombuds Brussels"),
                        List.of(FR, NL, EN),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.empty(),
                                Optional.of(REGIONAL),
                                codes("BE-BRU"),
                                List.of(),
                                codes(),
                                List.of("STIB-MIVB", "VIVAQUA")),
                        new Competence(
                                Optional.empty(),
                                Optional.of(LOCAL),
                                codes("BE-BRU"),
                                List.of(),
                                codes("MUN-IXELLES", "MUN-WOLUWE-SAINT-LAMBERT"),
                                List.of("STIB-MIVB", "VIVAQUA"))),
                entry(
                        "ombudsdienst-dg",
                        TenantKind.COMMUNITY,
                        text(
                                "La Médiatrice de la Communauté germanophone",
                                "Ombudsdienst van de Duitstalige Gemeenschap",
                                "Ombudsdienst der Deutschsprachigen Gemeinschaft",
                                "Ombudsperson of the German-speaking Community"),
                        List.of(DE, FR, EN),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.empty(), Optional.of(COMMUNITY), codes("DG"), List.of(), codes(), List.of()),
                        new Competence(
                                Optional.empty(), Optional.of(LOCAL), codes("DG"), List.of(), codes(), List.of())),
                entry(
                        "pensions-ombudsman",
                        TenantKind.SECTORAL,
                        text(
                                "Service de médiation Pensions",
                                "Ombudsdienst Pensioenen",
                                "Ombudsdienst Pensionen",
                                "Pensions Ombudsman"),
                        List.of(FR, NL, DE),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.of("pensions"),
                                Optional.of(FEDERAL),
                                codes("BE"),
                                List.of(),
                                codes(),
                                List.of())),
                entry(
                        "telecom-ombudsman",
                        TenantKind.SECTORAL,
                        text(
                                "Service de médiation pour les télécommunications",
                                "Ombudsdienst voor telecommunicatie",
                                "Ombudsdienst für Telekommunikation",
                                "Ombudsman for Telecommunications"),
                        List.of(FR, NL, DE),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.of("telecom"),
                                Optional.of(PRIVATE),
                                codes("BE"),
                                List.of(),
                                codes(),
                                List.of())),
                entry(
                        "postal-ombudsman",
                        TenantKind.SECTORAL,
                        text(
                                "Service de médiation pour le secteur postal",
                                "Ombudsdienst voor de postsector",
                                "Ombudsdienst für den Postsektor",
                                "Ombudsman for the postal sector"),
                        List.of(FR, NL, DE, EN),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.of("postal"),
                                Optional.of(PRIVATE),
                                codes("BE"),
                                List.of(),
                                codes(),
                                List.of())),
                entry(
                        "ombudsrail",
                        TenantKind.SECTORAL,
                        text(
                                "Service de médiation pour les voyageurs ferroviaires (Ombudsrail)",
                                "Ombudsdienst voor de treinreizigers (Ombudsrail)",
                                "Ombudsdienst für Bahnreisende",
                                "Ombudsman for rail passengers"),
                        List.of(FR, NL, DE),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.of("rail"), Optional.of(PRIVATE), codes("BE"), List.of(), codes(), List.of())),
                entry(
                        "energy-ombudsman",
                        TenantKind.SECTORAL,
                        text(
                                "Service de médiation de l'énergie",
                                "Ombudsdienst voor Energie",
                                "Ombudsdienst für Energie",
                                "Energy Ombudsman"),
                        List.of(FR, NL, DE),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.of("energy"),
                                Optional.of(PRIVATE),
                                codes("BE"),
                                List.of(),
                                codes(),
                                List.of())),
                entry(
                        "ombudsfin",
                        TenantKind.SECTORAL,
                        text(
                                "Ombudsfin — Ombudsman en conflits financiers",
                                "Ombudsfin — Ombudsman in financiële geschillen",
                                null,
                                "Ombudsfin — Ombudsman for financial disputes"),
                        List.of(FR, NL),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.of("banking"),
                                Optional.of(PRIVATE),
                                codes("BE"),
                                List.of(),
                                codes(),
                                List.of())),
                entry(
                        "insurance-ombudsman",
                        TenantKind.SECTORAL,
                        text("Ombudsman des Assurances", "Ombudsman van de Verzekeringen", null, "Insurance Ombudsman"),
                        List.of(FR, NL),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.of("insurance"),
                                Optional.of(PRIVATE),
                                codes("BE"),
                                List.of(),
                                codes(),
                                List.of())),
                entry(
                        "consumer-mediation-service",
                        TenantKind.SECTORAL,
                        text(
                                "Service de Médiation pour le Consommateur",
                                "Consumentenombudsdienst",
                                "Verbraucherombudsdienst",
                                "Consumer Mediation Service"),
                        List.of(FR, NL, DE, EN),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.of("consumer"),
                                Optional.of(PRIVATE),
                                codes("BE"),
                                List.of(),
                                codes(),
                                List.of())),
                entry(
                        "notary-ombudsman",
                        TenantKind.SECTORAL,
                        text("Ombudsman du notariat", "Ombudsman voor het notariaat", null, "Ombudsman for notaries"),
                        List.of(FR, NL),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.of("notaries"),
                                Optional.of(PRIVATE),
                                codes("BE"),
                                List.of(),
                                codes(),
                                List.of())),
                entry(
                        "retail-ombudsman",
                        TenantKind.SECTORAL,
                        text("Ombudsman du Commerce", "Ombudsman voor de Handel", null, "Retail Ombudsman"),
                        List.of(FR, NL),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.of("retail"),
                                Optional.of(PRIVATE),
                                codes("BE"),
                                List.of(),
                                codes(),
                                List.of())),
                entry(
                        "tax-conciliation",
                        TenantKind.SECTORAL,
                        text(
                                "Service de conciliation fiscale",
                                "Fiscale Bemiddelingsdienst",
                                "Steuerschlichtungsdienst",
                                "Tax Conciliation Service"),
                        List.of(FR, NL, DE),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.of("taxes"),
                                Optional.of(FEDERAL),
                                codes("BE"),
                                List.of(),
                                codes(),
                                List.of())),
                entry(
                        "private-employment-ombudsman",
                        TenantKind.SECTORAL,
                        text(
                                "Service de médiation pour le placement privé",
                                "Ombudsdienst voor de Private Arbeidsbemiddeling",
                                null,
                                "Ombudsman for private employment agencies"),
                        List.of(NL),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.of("employment-agencies"),
                                Optional.of(PRIVATE),
                                codes("BE-VLG"),
                                List.of(),
                                codes(),
                                List.of())),
                entry(
                        "kinderrechtencommissariaat",
                        TenantKind.COMMUNITY,
                        text(
                                "Commissariat aux droits de l'enfant (Flandre)",
                                "Kinderrechtencommissariaat",
                                null,
                                "Flemish Children's Rights Commissioner"),
                        List.of(NL),
                        new Admissibility(false, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.of("children-rights"),
                                Optional.empty(),
                                codes("VG"),
                                List.of(),
                                codes(),
                                List.of())),
                entry(
                        "dgde",
                        TenantKind.COMMUNITY,
                        text(
                                "Délégué général aux droits de l'enfant",
                                "Algemeen afgevaardigde voor de rechten van het kind",
                                null,
                                "General Delegate for Children's Rights"),
                        List.of(FR),
                        new Admissibility(false, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.of("children-rights"),
                                Optional.empty(),
                                codes("FWB"),
                                List.of(),
                                codes(),
                                List.of())),
                entry(
                        "ombudsvrouw-antwerpen",
                        TenantKind.LOCAL,
                        text(
                                "Médiatrice de la Ville d'Anvers",
                                "Ombudsvrouw Stad Antwerpen",
                                null,
                                "Ombudsperson of the City of Antwerp"),
                        List.of(NL),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.empty(),
                                Optional.of(LOCAL),
                                codes("MUN-ANTWERPEN"),
                                List.of(),
                                codes(),
                                List.of())),
                entry(
                        "ombudsdienst-oostende",
                        TenantKind.LOCAL,
                        text(
                                "Service de médiation de la Ville d'Ostende",
                                "Ombudsdienst Stad Oostende",
                                null,
                                "Ombudsman of the City of Ostend"),
                        List.of(NL),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.empty(),
                                Optional.of(LOCAL),
                                codes("MUN-OOSTENDE"),
                                List.of(),
                                codes(),
                                List.of())),
                entry(
                        "ombudsvrouw-gent",
                        TenantKind.LOCAL,
                        text(
                                "Médiatrice de la Ville de Gand",
                                "Ombudsvrouw Stad Gent",
                                null,
                                "Ombudsperson of the City of Ghent"),
                        List.of(NL),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.empty(),
                                Optional.of(LOCAL),
                                codes("MUN-GENT"),
                                List.of(),
                                codes(),
                                List.of())),
                entry(
                        "ombudsdienst-sint-niklaas",
                        TenantKind.LOCAL,
                        text(
                                "Service de médiation de Saint-Nicolas",
                                "Ombudsdienst Sint-Niklaas",
                                null,
                                "Ombudsman of Sint-Niklaas"),
                        List.of(NL),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.empty(),
                                Optional.of(LOCAL),
                                codes("MUN-SINT-NIKLAAS"),
                                List.of(),
                                codes(),
                                List.of())),
                entry(
                        "mediateur-charleroi",
                        TenantKind.LOCAL,
                        text(
                                "Médiateur de la Ville de Charleroi",
                                "Ombudsman van de Stad Charleroi",
                                null,
                                "Ombudsman of the City of Charleroi"),
                        List.of(FR),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.empty(),
                                Optional.of(LOCAL),
                                codes("MUN-CHARLEROI"),
                                List.of(),
                                codes(),
                                List.of())),
                entry(
                        "mediatrice-courcelles",
                        TenantKind.LOCAL,
                        text(
                                "Médiatrice de la Commune de Courcelles",
                                "Ombudsvrouw van de gemeente Courcelles",
                                null,
                                "Ombudsperson of Courcelles"),
                        List.of(FR),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.empty(),
                                Optional.of(LOCAL),
                                codes("MUN-COURCELLES"),
                                List.of(),
                                codes(),
                                List.of())),
                entry(
                        "mediateur-ixelles",
                        TenantKind.LOCAL,
                        text("Médiateur communal d'Ixelles", "Ombudsman van Elsene", null, "Ombudsman of Ixelles"),
                        List.of(FR, NL),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.empty(),
                                Optional.of(LOCAL),
                                codes("MUN-IXELLES"),
                                List.of(),
                                codes(),
                                List.of())),
                entry(
                        "mediateur-woluwe-saint-lambert",
                        TenantKind.LOCAL,
                        text(
                                "Médiateur de Woluwe-Saint-Lambert",
                                "Ombudsman van Sint-Lambrechts-Woluwe",
                                null,
                                "Ombudsman of Woluwe-Saint-Lambert"),
                        List.of(FR, NL),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.empty(),
                                Optional.of(LOCAL),
                                codes("MUN-WOLUWE-SAINT-LAMBERT"),
                                List.of(),
                                codes(),
                                List.of())),
                entry(
                        "ombuds-stib",
                        TenantKind.SECTORAL,
                        text("Service de médiation de la STIB", "Ombudsdienst van de MIVB", null, "STIB ombudsman"),
                        List.of(FR, NL),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.of("public-transport"),
                                Optional.empty(),
                                codes("BE-BRU"),
                                List.of("STIB-MIVB"),
                                codes(),
                                List.of())),
                entry(
                        "ombuds-vivaqua",
                        TenantKind.SECTORAL,
                        text("Service de médiation de Vivaqua", "Ombudsdienst van Vivaqua", null, "Vivaqua ombudsman"),
                        List.of(FR, NL),
                        new Admissibility(true, OptionalInt.of(12), false, false),
                        new Competence(
                                Optional.of("water"),
                                Optional.empty(),
                                codes("BE-BRU"),
                                List.of("VIVAQUA"),
                                codes(),
                                List.of())));
    }

    static OrientationPoints orientationPoints() {
        return new OrientationPoints(Map.of(
                FEDERAL,
                slug("federal-ombudsman"),
                REGIONAL,
                slug("federal-ombudsman"),
                COMMUNITY,
                slug("federal-ombudsman"),
                LOCAL,
                slug("federal-ombudsman"),
                PRIVATE,
                slug("consumer-mediation-service")));
    }

    static TenantSlug slug(String value) {
        return new TenantSlug(value);
    }

    static LocalizedText text(String fr, String nl, String de, String en) {
        Map<Language, String> values = new EnumMap<>(Language.class);
        putIfPresent(values, FR, fr);
        putIfPresent(values, NL, nl);
        putIfPresent(values, DE, de);
        putIfPresent(values, EN, en);
        return new LocalizedText(values);
    }

    private static void putIfPresent(Map<Language, String> values, Language language, String text) {
        if (text != null) {
            values.put(language, text);
        }
    }

    private static PostalRange range(int first, int last) {
        return PostalRange.of(first, last);
    }

    private static List<PostalCode> postalCodes(String... codes) {
        return Arrays.stream(codes).map(PostalCode::parse).toList();
    }

    private static List<AreaCode> codes(String... codes) {
        return Arrays.stream(codes).map(AreaCode::of).toList();
    }

    private static DirectoryEntry entry(
            String slug,
            TenantKind kind,
            LocalizedText names,
            List<Language> languages,
            Admissibility admissibility,
            Competence... competences) {
        return new DirectoryEntry(slug(slug), kind, names, languages, List.of(competences), admissibility);
    }
}
