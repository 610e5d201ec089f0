// Fixtures run in parallel with each other (one worker per core); the tests of one fixture run one after another, so a
// fixture's own fields and files need no locking. The extractor is immutable and its per-thread scratch is per thread,
// so fixtures that only extract share nothing. What is shared process-wide is marked [NonParallelizable] on its fixture
// and runs alone: the working directory (Cli/ConventionalCommandLineTests), child processes that load the machine or
// are timed against deadlines (Cli/CrawlCommandTests, Robustness/LimitsAndIsolationTests, Corpus/CorpusScoreTests).
[assembly: Parallelizable(ParallelScope.Fixtures)]
