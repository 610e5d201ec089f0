namespace NewsExtract.Tests.Html.Conformance;

/// <summary>One test of an html5lib-tests tree-construction file (<c>tree-construction/README.md</c> gives the format).</summary>
/// <param name="File">The file's name, e.g. <c>tests1.dat</c>.</param>
/// <param name="Number">The test's position in its file, from 1.</param>
/// <param name="Data">The markup to parse (the final newline of the data section removed).</param>
/// <param name="Document">The expected tree dump, one line per node (continuation lines of multi-line text kept).</param>
/// <param name="FragmentContext">The context element of a fragment test, or null for a whole document.</param>
/// <param name="Scripting">True for <c>#script-on</c>, false for <c>#script-off</c>, null when the test runs in both modes.</param>
internal sealed record TreeTest(string File, int Number, string Data, IReadOnlyList<string> Document, string? FragmentContext, bool? Scripting)
{
    public string Id => $"{File}#{Number}";
}

/// <summary>Reads the tree-construction test files of html5lib-tests.</summary>
internal static class TreeConstructionSuite
{
    public static IReadOnlyList<TreeTest> Read(string path)
    {
        var name = Path.GetFileName(path);
        var lines = File.ReadAllText(path).Split('\n');
        var tests = new List<TreeTest>();
        var start = -1;
        for (var i = 0; i <= lines.Length; i++)
        {
            // A test starts at a "#data" line at the top of the file or after the blank line that ends the previous one.
            var isStart = i < lines.Length && lines[i] == "#data" && (i == 0 || lines[i - 1].Length == 0);
            if (!isStart && i < lines.Length)
            {
                continue;
            }

            if (start >= 0)
            {
                tests.Add(Parse(name, tests.Count + 1, lines.AsSpan(start, i - start)));
            }

            start = i;
        }

        return tests;
    }

    private static TreeTest Parse(string file, int number, ReadOnlySpan<string> lines)
    {
        var data = new List<string>();
        var document = new List<string>();
        string? fragment = null;
        bool? scripting = null;
        var section = "";
        foreach (var line in lines)
        {
            if (IsHeader(line, section))
            {
                section = line;
                scripting = line == "#script-on" ? true : line == "#script-off" ? false : scripting;
                continue;
            }

            switch (section)
            {
                case "#data":
                    data.Add(line);
                    break;
                case "#document-fragment":
                    fragment ??= line;
                    break;
                case "#document":
                    document.Add(line);
                    break;
            }
        }

        // The blank line that separates this test from the next one is not part of the tree.
        while (document.Count > 0 && document[^1].Length == 0)
        {
            document.RemoveAt(document.Count - 1);
        }

        return new TreeTest(file, number, string.Join('\n', data), document, fragment, scripting);
    }

    // Section headers. Inside #data only "#errors" ends the section (the data may hold lines starting with '#'), and
    // #document runs to the end of the test (its text nodes may too).
    private static bool IsHeader(string line, string section) => section switch
    {
        "#data" => line == "#errors",
        "#document" => false,
        _ => line is "#data" or "#errors" or "#new-errors" or "#document-fragment" or "#script-off" or "#script-on" or "#document",
    };
}
