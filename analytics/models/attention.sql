-- The groups that need attention and why (LIM §9.1; the library's cohort report "attention"), one row per
-- reason, with the cohort thresholds as query parameters (the library's defaults: max_empty_domains 0,
-- min_result_cards 1, results_expected_from_moment 2, min_cards_added 1):
--   empty-domains  more empty domains at the latest moment than max_empty_domains (the domains listed)
--   few-results    moments from results_expected_from_moment on with fewer than min_result_cards result cards
--   no-progress    a step between moments that added fewer than min_cards_added cards and covered no new domain
--   no-moments     a journey without a canvas
-- Reads: groups, moments, moment_domains.
SELECT institution, document, group, reason, moment_labels, domain_ids
FROM (
    SELECT institution, document, group, 'empty-domains' AS reason, CAST([], 'Array(String)') AS moment_labels,
           groupArray(domain) AS domain_ids
    FROM moment_domains
    WHERE is_latest AND coverage = 'empty'
    GROUP BY institution, document, group
    HAVING count() > {max_empty_domains:Int64}

    UNION ALL

    SELECT institution, document, group, 'few-results' AS reason,
           arrayMap(pair -> pair.2, arraySort(groupArray((moment_index, moment_label)))) AS moment_labels,
           CAST([], 'Array(String)') AS domain_ids
    FROM moments
    WHERE moment_index >= {results_expected_from_moment:Int64} AND result < {min_result_cards:Int64}
    GROUP BY institution, document, group

    UNION ALL

    SELECT later.institution, later.document, later.group, 'no-progress' AS reason,
           [earlier.moment_label, later.moment_label] AS moment_labels, CAST([], 'Array(String)') AS domain_ids
    FROM moments AS later
    INNER JOIN moments AS earlier
        ON earlier.document = later.document AND earlier.moment_index = later.moment_index - 1
    WHERE later.moment_index > 1
      AND later.cards_added < {min_cards_added:Int64}
      AND later.domains_newly_covered = 0

    UNION ALL

    SELECT institution, document, group, 'no-moments' AS reason, CAST([], 'Array(String)') AS moment_labels,
           CAST([], 'Array(String)') AS domain_ids
    FROM groups
    WHERE moments = 0
)
ORDER BY institution, document, reason, moment_labels
