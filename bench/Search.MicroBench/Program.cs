// Micro-benchmarks of Search.Core's hot paths. Run all of them (Release only; BenchmarkDotNet refuses Debug):
//   dotnet run -c Release --project bench/Search.MicroBench -- --filter '*'
// Add --job short for a quick, less precise look. Reports go to artifacts/microbench/.
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Search.MicroBench;

// By default the reports would land in the working directory, untracked files in the repository.
var config = DefaultConfig.Instance.WithArtifactsPath(Repository.Reports);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
