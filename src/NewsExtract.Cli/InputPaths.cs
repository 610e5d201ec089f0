using System.Text;

namespace NewsExtract.Cli;

/// <summary>One input of a run: a path as given or found, or why it cannot be read at all.</summary>
internal readonly record struct InputPath(string Path, string? Problem);

/// <summary>
/// The inputs of both commands: paths as given (in order), folders read recursively (files in ordinal name order;
/// hidden and system files, and files whose extension says they are no page — images, styles, scripts, documents,
/// data, our own outputs — left out), and list files (<c>--from-file</c>: one path a line, <c>#</c> comments, '-' for
/// standard input). A file named on the command line or in a list is always read.
/// </summary>
internal static class InputPaths
{
    // Extensions of files a folder holds beside its pages that are never a page or an archive of pages. Files without
    // an extension stay in: crawlers often save pages so.
    private static readonly HashSet<string> NotPages = new(StringComparer.OrdinalIgnoreCase)
    {
        ".md", ".json", ".jsonl", ".parquet", ".csv", ".tsv", ".css", ".js", ".mjs", ".map",
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".bmp", ".avif", ".mp4", ".mp3", ".webm", ".woff", ".woff2", ".ttf",
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".zip", ".7z", ".rar", ".exe", ".dll", ".so", ".py", ".sh", ".part",
    };

    /// <summary>True when a file met in a folder is plainly no page (by its extension), and is left out of the walk.</summary>
    public static bool IsPlainlyNotAPage(string path) => NotPages.Contains(Path.GetExtension(path));

    /// <summary>Expands <paramref name="inputs"/> then the lists. <paramref name="keepDash"/>: '-' stays an input (standard input).</summary>
    /// <exception cref="IOException">A list file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A list file cannot be read.</exception>
    public static List<InputPath> Expand(IEnumerable<string> inputs, IEnumerable<string> lists, TextReader standardInput, bool keepDash)
    {
        var paths = new List<InputPath>();
        foreach (var input in inputs)
        {
            Add(paths, input, keepDash);
        }

        foreach (var list in lists)
        {
            using var reader = list == "-" ? null : new StreamReader(list, Encoding.UTF8);
            var source = reader ?? standardInput;
            string? line;
            while ((line = source.ReadLine()) is not null)
            {
                line = line.Trim();
                if (line.Length > 0 && !line.StartsWith('#'))
                {
                    Add(paths, line, keepDash: false);
                }
            }
        }

        return paths;
    }

    private static void Add(List<InputPath> paths, string path, bool keepDash)
    {
        if (keepDash && path == "-")
        {
            paths.Add(new InputPath(path, null));
        }
        else if (Directory.Exists(path))
        {
            try
            {
                var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                    .Where(f => !IsPlainlyNotAPage(f))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                paths.AddRange(files.Select(f => new InputPath(f, null)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                paths.Add(new InputPath(path, $"the folder cannot be listed: {e.Message}"));
            }
        }
        else
        {
            paths.Add(new InputPath(path, File.Exists(path) ? null : "no such file or folder"));
        }
    }
}
