using Search.Cli;

return LauncherBuild.RerunIfStale(Environment.GetEnvironmentVariable(LauncherBuild.CheckoutVariable), args) ?? CliApp.Run(args, CliConsole.FromSystemConsole());
