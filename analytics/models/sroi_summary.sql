-- The SROI of each change log (SVI's seven principles; the library's change-log report "sroi"): the present
-- value summed over its outcomes, the inputs, the net present value and the ratio, per institution and
-- document. The outcome rows carry every assumption, so a sector view can also compare deadweight or
-- attribution between institutions. Money is rounded to cents and the ratio to two decimals, half away from
-- zero, as the report rounds (ClickHouse's round() rounds floats half to even). Reads: sroi_outcomes.
SELECT
    institution,
    document,
    currency,
    outcomes,
    sign(present_value) * floor(abs(present_value) * 100 + 0.5) / 100 AS total_present_value,
    inputs,
    sign(present_value - inputs) * floor(abs(present_value - inputs) * 100 + 0.5) / 100 AS net_present_value,
    if(inputs > 0, floor(present_value / inputs * 100 + 0.5) / 100, NULL) AS ratio
FROM (
    SELECT institution, document, any(currency) AS currency, count() AS outcomes,
           sum(present_value) AS present_value, any(inputs) AS inputs
    FROM sroi_outcomes
    GROUP BY institution, document
)
ORDER BY institution, document
