-- Where results land (LIM §3: education, research, practice, society) at each group's latest moment, per
-- institution: result cards per sphere and the groups with one there (a result may land in several spheres;
-- the library's canvas report "impact.results.spheres", summed over the groups). Reads: placements.
SELECT
    institution,
    sphere,
    count() AS results,
    uniqExact(document) AS groups
FROM placements
ARRAY JOIN spheres AS sphere
WHERE is_latest AND field = 'result'
GROUP BY institution, sphere
ORDER BY institution, sphere
