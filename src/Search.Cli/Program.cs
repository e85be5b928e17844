using Search.Cli;

return CliApp.Run(args, CliConsole.FromSystemConsole());
