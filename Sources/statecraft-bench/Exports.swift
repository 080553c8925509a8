// Every benchmark sees the shared command-line pieces (errors, the checked standard output and its
// `print`, --dictionary, --lexicon, the syntax stage) and the harness (synthetic graphs, soak, timings).
@_exported import StatecraftCommandSupport
@_exported import StatecraftBenchmarks
