-- A cross-institution benchmark of the heat map (docs/sector-analytics.md): per institution and domain the share
-- of its groups with result cards and with the domain covered at their latest moment, beside the sector's share.
-- Small cells are suppressed: an institution with fewer than {k:Int64} groups (k >= 5 for any benchmark that
-- leaves the institution) shows NULL instead of its shares, and counts no group of its own; the sector figure
-- counts only institutions that are shown, so no suppressed share can be worked back out of it.
-- Reads: groups, moment_domains.
WITH
    sizes AS (
        SELECT institution, count() AS total_groups
        FROM groups
        GROUP BY institution
    ),
    cells AS (
        SELECT d.institution AS institution, d.domain AS domain, any(s.total_groups) AS total_groups,
               countIf(d.result > 0) AS with_results, countIf(d.coverage = 'covered') AS covered
        FROM moment_domains AS d
        INNER JOIN sizes AS s ON s.institution IS NOT DISTINCT FROM d.institution
        WHERE d.is_latest
        GROUP BY d.institution, d.domain
    ),
    sector AS (
        SELECT domain, sum(with_results) AS sector_with_results, sum(covered) AS sector_covered,
               sum(total_groups) AS sector_groups
        FROM cells
        WHERE total_groups >= {k:Int64}
        GROUP BY domain
    )
SELECT
    c.institution AS institution,
    c.domain AS domain,
    if(c.total_groups >= {k:Int64}, c.total_groups, NULL) AS groups,
    if(c.total_groups >= {k:Int64}, round(c.with_results / c.total_groups, 4), NULL) AS share_with_results,
    if(c.total_groups >= {k:Int64}, round(c.covered / c.total_groups, 4), NULL) AS share_covered,
    round(s.sector_with_results / s.sector_groups, 4) AS sector_share_with_results,
    round(s.sector_covered / s.sector_groups, 4) AS sector_share_covered
FROM cells AS c
LEFT JOIN sector AS s ON s.domain = c.domain
ORDER BY institution, domain
