-- A figure's period is its span ("2025-01/2025-10" for "10 tháng đầu năm 2025", as the gold files write it), no
-- longer its first month alone: rows written before take the end from their record, and the rows made from them
-- (figure_sides by document and number, pair_figures by amount and start) follow.
UPDATE figures SET period = period || '/' || json_extract(record, '$.period.end')
 WHERE json_extract(record, '$.period.end') IS NOT NULL AND json_extract(record, '$.period.end') <> period
   AND instr(period, '/') = 0;
UPDATE figure_sides SET period = (SELECT f.period FROM figures f WHERE f.doc_id = figure_sides.doc_id
                                                                   AND f.n = figure_sides.n)
 WHERE EXISTS (SELECT 1 FROM figures f WHERE f.doc_id = figure_sides.doc_id AND f.n = figure_sides.n
                                         AND f.period LIKE figure_sides.period || '/%');
UPDATE pair_figures SET period = (SELECT min(f.period) FROM figures f WHERE f.unit = pair_figures.unit
                                   AND f.is_target = pair_figures.is_target AND f.value >= pair_figures.value - 0.5
                                   AND f.value < pair_figures.value + 0.5 AND f.period LIKE pair_figures.period || '/%')
 WHERE EXISTS (SELECT 1 FROM figures f WHERE f.unit = pair_figures.unit AND f.is_target = pair_figures.is_target
                 AND f.value >= pair_figures.value - 0.5 AND f.value < pair_figures.value + 0.5
                 AND f.period LIKE pair_figures.period || '/%');
