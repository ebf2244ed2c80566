-- How many groups cover how many domains at their latest moment, per institution (the library's cohort report
-- "coverage_distribution"; counts of zero are not rows here). Reads: moments.
SELECT
    institution,
    covered AS covered_domains,
    count() AS groups
FROM moments
WHERE is_latest
GROUP BY institution, covered
ORDER BY institution, covered_domains
