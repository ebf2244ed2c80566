-- The cohort heat map (LIM §9.1) at each group's latest moment, per institution: for every domain, the groups
-- that use it, how many cover it, and per field the cards and the groups with at least one card there, with
-- that share of all groups (ten-thousandths, rounded half up, as the library's cohort report "domains").
-- Reads: groups, moment_domains (impactkit/analytics/1). ClickHouse SQL; runs unchanged on chDB and a server.
WITH totals AS (
    SELECT institution, count() AS total_groups
    FROM groups
    GROUP BY institution
)
SELECT
    d.institution AS institution,
    d.domain AS domain,
    count() AS groups_in_use,
    countIf(d.coverage = 'covered') AS covered,
    countIf(d.coverage = 'partial') AS partial,
    countIf(d.coverage = 'empty') AS empty,
    sum(d.activity) AS activity_cards,
    countIf(d.activity > 0) AS activity_groups,
    intDiv(countIf(d.activity > 0) * 20000 + any(t.total_groups), 2 * any(t.total_groups)) / 10000 AS activity_share_of_groups,
    sum(d.place) AS place_cards,
    countIf(d.place > 0) AS place_groups,
    intDiv(countIf(d.place > 0) * 20000 + any(t.total_groups), 2 * any(t.total_groups)) / 10000 AS place_share_of_groups,
    sum(d.result) AS result_cards,
    countIf(d.result > 0) AS result_groups,
    intDiv(countIf(d.result > 0) * 20000 + any(t.total_groups), 2 * any(t.total_groups)) / 10000 AS result_share_of_groups
FROM moment_domains AS d
INNER JOIN totals AS t ON t.institution IS NOT DISTINCT FROM d.institution
WHERE d.is_latest
GROUP BY d.institution, d.domain
ORDER BY d.institution, d.domain
