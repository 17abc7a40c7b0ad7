// The smallest report that passes the completeness check (形式审查), shared with the benchmarks.
export { completeSections } from '../../bench/lib/sections';
