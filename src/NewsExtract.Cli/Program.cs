using NewsExtract.Cli;

StartupProfile.Start();
return await CommandLine.RunAsync(args, Console.OpenStandardInput(), Console.Out, Console.Error).ConfigureAwait(false);
