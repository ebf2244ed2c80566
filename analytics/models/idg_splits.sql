-- Inner Development Goals per stakeholder group (the SROI route of seed 001): the in-scope changes of each
-- group by IDG dimension, with how many are verified. Unclassified changes have dimension NULL. Summed over the
-- groups this is the library's change-log report "dimensions"; per group, its "verification.groups".
-- Reads: changes.
SELECT
    institution,
    document,
    stakeholder_group,
    dimension,
    count() AS changes,
    countIf(verified) AS verified
FROM changes
WHERE in_scope
GROUP BY institution, document, stakeholder_group, dimension
ORDER BY institution, document, stakeholder_group, dimension
