-- PostgreSQL twin of ../0009_figure_spans.sql: a figure's period is its span ("2025-01/2025-10"), no longer its
-- first month alone; rows written before take the end from their record, and figure_sides and pair_figures follow.
UPDATE figures SET period = period || '/' || (record::jsonb #>> '{period,end}')
 WHERE (record::jsonb #>> '{period,end}') IS NOT NULL AND (record::jsonb #>> '{period,end}') <> period
   AND strpos(period, '/') = 0;
UPDATE figure_sides s SET period = f.period FROM figures f
 WHERE f.doc_id = s.doc_id AND f.n = s.n AND f.period LIKE s.period || '/%';
UPDATE pair_figures p SET period = (SELECT min(f.period) FROM figures f WHERE f.unit = p.unit
                                     AND f.is_target = p.is_target AND f.value >= p.value - 0.5
                                     AND f.value < p.value + 0.5 AND f.period LIKE p.period || '/%')
 WHERE EXISTS (SELECT 1 FROM figures f WHERE f.unit = p.unit AND f.is_target = p.is_target
                 AND f.value >= p.value - 0.5 AND f.value < p.value + 0.5 AND f.period LIKE p.period || '/%');
