using NewsExtract.Cli;

return await CommandLine.RunAsync(args, Console.OpenStandardInput(), Console.Out, Console.Error).ConfigureAwait(false);
