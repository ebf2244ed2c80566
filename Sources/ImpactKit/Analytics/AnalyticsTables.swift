/// The tables of the analytics export and their columns: the versioned contract that NDJSON files, Parquet files
/// and the SQL models in `analytics/` share. Column types are ClickHouse's names; the Python binding maps
/// them onto Arrow types, `schema/analytics-1.json` is this list written out (a test keeps the two equal).
///
/// A change that renames, drops or retypes a column is version 2; adding a column at the end of a table is not.
public enum AnalyticsTable: String, CaseIterable, Vocabulary, Sendable {
    /// One row per group's document (a canvas or a journey): how many moments it has.
    case groups
    /// One row per canvas (a journey's moment, or a lone canvas as moment 1): counts, coverage, progress.
    case moments
    /// One row per domain in use at each moment: cards per field and coverage (the heat map's source).
    case momentDomains = "moment_domains"
    /// One row per card laid at each moment, with its effect, interaction and chain figures.
    case placements
    /// One row per change in a change log: IDG dimension and skill, stakeholder group, SDGs, helices.
    case changes
    /// One row per SROI outcome in a change log, with every assumption and the computed values.
    case sroiOutcomes = "sroi_outcomes"

    public static let vocabularyName = "analytics table"
    public static let schemaID = "impactkit/analytics/1"

    public struct Column: Equatable, Sendable {
        public var name: String
        /// ClickHouse type: String, Int64, Float64, Bool, Array(String), Array(Int64), each maybe Nullable(…).
        public var type: String
        public var description: String
    }

    /// Who a row belongs to; the first columns of every table.
    static let owner: [Column] = [
        Column(
            name: "institution", type: "Nullable(String)",
            description: "the institution (pseudonym unless names are real)"),
        Column(
            name: "programme", type: "Nullable(String)", description: "the programme (pseudonym unless names are real)"),
        Column(name: "document", type: "String", description: "the document's id (pseudonym unless names are real)"),
    ]

    static let moment: [Column] = [
        Column(
            name: "group", type: "String", description: "the group: a journey's group, else the document (pseudonym)"),
        Column(name: "moment_index", type: "Int64", description: "1-based position of the canvas in its journey"),
        Column(
            name: "is_latest", type: "Bool", description: "the group's latest moment (what a cohort's heat map counts)"),
        Column(name: "moment_label", type: "String", description: "the moment's label, or the canvas id"),
        Column(name: "moment_date", type: "Nullable(String)", description: "YYYY-MM-DD when the moment has a date"),
        Column(name: "moment_month", type: "Nullable(String)", description: "YYYY-MM of moment_date (partitioning)"),
    ]

    public var columns: [Column] {
        switch self {
        case .groups:
            return Self.owner + [
                Column(name: "group", type: "String", description: "a journey's group, else the document (pseudonym)"),
                Column(name: "kind", type: "String", description: "canvas or journey"),
                Column(name: "title", type: "Nullable(String)", description: "the title; only with real names"),
                Column(
                    name: "moments", type: "Int64", description: "canvases in the document (0 for an empty journey)"),
            ]
        case .moments:
            return Self.owner + Self.moment + [
                Column(name: "canvas", type: "String", description: "the canvas id (pseudonym unless names are real)"),
                Column(name: "template", type: "String", description: "the template id"),
                Column(name: "variant", type: "String", description: "standard, without-cards, …"),
                Column(name: "purpose", type: "Nullable(String)", description: "the canvas's purpose"),
                Column(name: "cards", type: "Int64", description: "placements on the canvas"),
                Column(name: "activity", type: "Int64", description: "placements in the activity field"),
                Column(name: "place", type: "Int64", description: "placements in the place field"),
                Column(name: "result", type: "Int64", description: "placements in the result field"),
                Column(name: "domains_in_use", type: "Int64", description: "domains on the canvas"),
                Column(name: "covered", type: "Int64", description: "domains with all three fields filled"),
                Column(name: "partial", type: "Int64", description: "domains with one or two fields filled"),
                Column(name: "empty", type: "Int64", description: "domains with no card"),
                Column(
                    name: "strongest", type: "Array(String)",
                    description: "the domain(s) with most cards; empty when none stands out"),
                Column(
                    name: "weakest", type: "Array(String)",
                    description: "the domain(s) with fewest cards; empty when none stands out"),
                Column(
                    name: "cards_added", type: "Nullable(Int64)",
                    description: "cards added since the previous moment (null at the first)"),
                Column(
                    name: "domains_newly_covered", type: "Nullable(Int64)",
                    description: "domains covered now and not at the previous moment"),
                Column(
                    name: "results_with_spheres", type: "Int64", description: "result cards that say where they land"),
                Column(name: "chains", type: "Int64", description: "impact chains on the canvas"),
            ]
        case .momentDomains:
            return Self.owner + Self.moment + [
                Column(name: "domain", type: "String", description: "the domain id"),
                Column(name: "activity", type: "Int64", description: "cards in the activity field"),
                Column(name: "place", type: "Int64", description: "cards in the place field"),
                Column(name: "result", type: "Int64", description: "cards in the result field"),
                Column(name: "cards", type: "Int64", description: "cards in the domain"),
                Column(name: "coverage", type: "String", description: "covered, partial or empty"),
            ]
        case .placements:
            return Self.owner + Self.moment + [
                Column(name: "placement", type: "String", description: "the placement id (p1, p2, …)"),
                Column(name: "card", type: "Nullable(String)", description: "the card id; null for a free text"),
                Column(name: "card_kind", type: "Nullable(String)", description: "activity, location, result or blank"),
                Column(name: "own_card", type: "Bool", description: "a card the group wrote itself"),
                Column(name: "domain", type: "String", description: "the domain id"),
                Column(name: "field", type: "String", description: "activity, place or result"),
                Column(
                    name: "has_note", type: "Bool",
                    description: "the placement carries a note (the note itself stays home)"),
                Column(name: "effect_intended", type: "Nullable(Bool)", description: "a result's effect: intended?"),
                Column(name: "effect_valence", type: "Nullable(String)", description: "positive or negative"),
                Column(
                    name: "spheres", type: "Array(String)",
                    description: "where a result lands: education, research, practice, society"),
                Column(name: "valued_by", type: "Array(String)", description: "stakeholders who value the result"),
                Column(
                    name: "interaction_mode", type: "Nullable(String)",
                    description: "an activity's mode: direct or indirect"),
                Column(
                    name: "partners", type: "Array(String)", description: "stakeholders an activity was created with"),
                Column(name: "chains", type: "Int64", description: "impact chains that link this placement"),
            ]
        case .changes:
            return Self.owner + [
                Column(name: "change", type: "String", description: "the change id"),
                Column(
                    name: "person", type: "String", description: "who experienced it (pseudonym unless names are real)"),
                Column(name: "stakeholder_group", type: "String", description: "the stakeholder group id of the log"),
                Column(name: "in_scope", type: "Bool", description: "the group is in the study's scope"),
                Column(
                    name: "dimension", type: "Nullable(String)",
                    description: "IDG dimension: being, thinking, relating, collaborating, acting"),
                Column(name: "skill", type: "Nullable(String)", description: "IDG skill id"),
                Column(name: "sdgs", type: "Array(Int64)", description: "SDG numbers 1–17"),
                Column(name: "helices", type: "Array(String)", description: "helix actors"),
                Column(name: "votes", type: "Nullable(Int64)", description: "votes in the group's ranking"),
                Column(name: "weight", type: "Nullable(Float64)", description: "the change's weight"),
                Column(name: "verified", type: "Bool", description: "verified with the stakeholder"),
            ]
        case .sroiOutcomes:
            return Self.owner + [
                Column(name: "outcome", type: "String", description: "the outcome id"),
                Column(
                    name: "stakeholder_group", type: "Nullable(String)",
                    description: "the stakeholder group it belongs to"),
                Column(name: "currency", type: "String", description: "ISO 4217 code of every amount"),
                Column(name: "quantity", type: "Float64", description: "how many experience it"),
                Column(name: "proxy", type: "Float64", description: "financial proxy per unit"),
                Column(name: "proxy_id", type: "Nullable(String)", description: "the proxy register entry"),
                Column(name: "duration", type: "Int64", description: "years the outcome lasts"),
                Column(name: "deadweight", type: "Float64", description: "percent that would have happened anyway"),
                Column(name: "attribution", type: "Float64", description: "percent owed to others"),
                Column(name: "displacement", type: "Float64", description: "percent displaced"),
                Column(name: "drop_off", type: "Float64", description: "percent lost each year after the first"),
                Column(name: "discount_rate", type: "Float64", description: "the valuation's discount rate, percent"),
                Column(name: "impact", type: "Float64", description: "first-year impact after the four deductions"),
                Column(name: "present_value", type: "Float64", description: "the outcome's present value"),
                Column(
                    name: "total_present_value", type: "Float64",
                    description: "the valuation's total present value (repeated per outcome)"),
                Column(name: "inputs", type: "Float64", description: "the valuation's inputs (investment)"),
                Column(
                    name: "ratio", type: "Nullable(Float64)", description: "SROI ratio: total present value / inputs"),
            ]
        }
    }

    /// The whole contract as JSON (`schema/analytics-1.json`, `ik_analytics_schema`).
    public static var schemaJSON: JSONValue {
        var tables = JSONObject()
        for table in allCases {
            tables.append(
                table.rawValue,
                .array(
                    table.columns.map { column in
                        .object(
                            JSONObject([
                                .init(key: "name", value: .string(column.name)),
                                .init(key: "type", value: .string(column.type)),
                                .init(key: "description", value: .string(column.description)),
                            ]))
                    }))
        }
        return .object(
            JSONObject([.init(key: "schema", value: .string(schemaID)), .init(key: "tables", value: .object(tables))]))
    }
}
