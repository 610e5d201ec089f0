using System.Security.Cryptography;
using System.Text;

namespace NewsExtract.Cli.Crawl;

/// <summary>One input of a crawl run: a file, its place in the run, and where its output goes.</summary>
internal sealed record CrawlInput(int Index, string Path, long Size, string? OutputPath)
{
    /// <summary>The output of an earlier run over this input is complete (only with -o).</summary>
    public bool AlreadyDone { get; init; }

    /// <summary>Why the input cannot be read at all (missing, a folder that cannot be listed); null when it can be tried.</summary>
    public string? Problem { get; init; }
}

/// <summary>Expands the command line's inputs: files as given, folders recursively (sorted), list files line by line.</summary>
internal static class CrawlInputs
{
    public static List<CrawlInput> Expand(CrawlCliOptions options, TextReader standardInput)
    {
        var paths = InputPaths.Expand(options.Inputs, options.ListFiles, standardInput, keepDash: false);
        var extension = options.Format == CrawlFormat.Parquet ? ".parquet" : ".jsonl";
        var inputs = new List<CrawlInput>(paths.Count);
        foreach (var (path, problem) in paths)
        {
            var size = 0L;
            try
            {
                size = problem is null ? new FileInfo(path).Length : 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }

            var output = options.OutputDirectory is { } dir ? Path.Combine(dir, OutputName(path) + extension) : null;
            inputs.Add(new CrawlInput(inputs.Count, path, size, output)
            {
                Problem = problem,
                AlreadyDone = output is not null && File.Exists(output),
            });
        }

        return inputs;
    }

    /// <summary>
    /// The output name of an input: its file name (made safe) and a short hash of its full path, so that inputs of the same
    /// name in different folders do not meet, and the same input maps to the same output on every run.
    /// </summary>
    public static string OutputName(string path)
    {
        var full = Path.GetFullPath(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)).AsSpan(0, 4));
        var name = new StringBuilder();
        foreach (var c in Path.GetFileName(full))
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
            if (name.Length == 80)
            {
                break;
            }
        }

        return $"{name}.{hash}";
    }
}
