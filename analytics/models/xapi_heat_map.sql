-- The cohort heat map from xAPI statements alone (issue 24, item 3): for a warehouse that receives ImpactKit's
-- statements through an LRS (Ralph's ClickHouse backend: table xapi_events_all, the statement as JSON text in
-- `event`) rather than the columnar export. Each "mapped impact" statement carries the canvas figures extension:
-- per domain the cards per field and the coverage, and the moment's place in its journey; the latest moment of
-- each group (the statement's Group account, or context.team when the actor is one member) is the one counted,
-- as in the library's cohort report "domains". Shares are of the groups that sent statements (a journey with no
-- canvas sends none). With actor "members" a moment arrives once per member: the latest figures are the same.
WITH
    'https://impactkit.dev/xapi/verbs/mapped-impact' AS mapped_impact,
    'https://impactkit.dev/xapi/extensions/canvas-figures' AS canvas_figures,
    statements AS (
        SELECT
            if(JSONHas(event, 'context', 'team'),
               JSONExtractString(event, 'context', 'team', 'account', 'name'),
               JSONExtractString(event, 'actor', 'account', 'name')) AS group_account,
            JSONExtractRaw(event, 'result', 'extensions', canvas_figures) AS figures,
            JSONExtractInt(figures, 'moment_index') AS moment_index
        FROM xapi_events_all
        WHERE JSONExtractString(event, 'verb', 'id') = mapped_impact AND figures != ''
    ),
    latest AS (
        SELECT group_account, argMax(figures, moment_index) AS figures
        FROM statements
        GROUP BY group_account
    ),
    domains AS (
        SELECT
            group_account,
            JSONExtractString(item, 'domain') AS domain,
            JSONExtractString(item, 'coverage') AS coverage,
            JSONExtractInt(item, 'activity') AS activity,
            JSONExtractInt(item, 'place') AS place,
            JSONExtractInt(item, 'result') AS result
        FROM latest
        ARRAY JOIN JSONExtractArrayRaw(figures, 'domains') AS item
    ),
    totals AS (SELECT count() AS total_groups FROM latest)
SELECT
    domain,
    count() AS groups_in_use,
    countIf(coverage = 'covered') AS covered,
    countIf(coverage = 'partial') AS partial,
    countIf(coverage = 'empty') AS empty,
    sum(activity) AS activity_cards,
    countIf(activity > 0) AS activity_groups,
    intDiv(countIf(activity > 0) * 20000 + any(total_groups), 2 * any(total_groups)) / 10000 AS activity_share_of_groups,
    sum(place) AS place_cards,
    countIf(place > 0) AS place_groups,
    intDiv(countIf(place > 0) * 20000 + any(total_groups), 2 * any(total_groups)) / 10000 AS place_share_of_groups,
    sum(result) AS result_cards,
    countIf(result > 0) AS result_groups,
    intDiv(countIf(result > 0) * 20000 + any(total_groups), 2 * any(total_groups)) / 10000 AS result_share_of_groups
FROM domains
CROSS JOIN totals
GROUP BY domain
ORDER BY domain
