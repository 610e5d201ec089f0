using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsExtract.Html;

namespace NewsExtract.Tests.Html.Conformance;

/// <summary>One run of an html5lib-tests tokenizer test: a test in one of its initial states.</summary>
internal sealed record TokenizerTest(string File, int Number, string Description, string Input, string InitialState, string? LastStartTag, IReadOnlyList<string> Expected)
{
    public string Id => $"{File}#{Number} ({InitialState})";
}

/// <summary>
/// Reads the tokenizer test files of html5lib-tests (<c>tokenizer/README.md</c>) and runs them through
/// <see cref="HtmlTokenizer"/>. Tokens are compared as text placement: start tags (name, attributes as a set, the
/// self-closing flag), end tags (name) and character data (adjacent runs joined); comments and doctypes are not compared,
/// as the tokenizer consumes comments without a token and reports of a doctype only whether it means quirks mode.
/// </summary>
internal static class TokenizerSuite
{
    public static IReadOnlyList<TokenizerTest> Read(string path)
    {
        var name = Path.GetFileName(path);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var tests = new List<TokenizerTest>();
        // xmlViolation.test keeps its tests under another name (they expect the XML infoset coercion).
        if (!json.RootElement.TryGetProperty("tests", out var list) && !json.RootElement.TryGetProperty("xmlViolationTests", out list))
        {
            return tests;
        }

        var number = 0;
        foreach (var test in list.EnumerateArray())
        {
            number++;
            var doubleEscaped = test.TryGetProperty("doubleEscaped", out var flag) && flag.GetBoolean();
            var input = Unescape(test.GetProperty("input").GetString()!, doubleEscaped);
            var expected = Expected(test.GetProperty("output"), doubleEscaped);
            var lastStartTag = test.TryGetProperty("lastStartTag", out var last) ? last.GetString() : null;
            var states = test.TryGetProperty("initialStates", out var s) ? s.EnumerateArray().Select(e => e.GetString()!).ToArray() : ["Data state"];
            foreach (var state in states)
            {
                tests.Add(new TokenizerTest(name, number, test.GetProperty("description").GetString()!, input, state, lastStartTag, expected));
            }
        }

        return tests;
    }

    /// <summary>Our tokens for the test's input, in the notation of <see cref="TokenizerTest.Expected"/>.</summary>
    public static IReadOnlyList<string> Run(TokenizerTest test)
    {
        var tokenizer = new HtmlTokenizer(test.Input);
        var tokens = new List<string>();
        var text = new StringBuilder();
        var endTagName = test.LastStartTag ?? "";
        var kind = test.InitialState switch
        {
            "PLAINTEXT state" => RawTextKind.PlainText,
            "RCDATA state" => RawTextKind.RcData,
            "RAWTEXT state" => RawTextKind.RawText,
            "Script data state" => RawTextKind.Script,
            "CDATA section state" => (RawTextKind?)null,
            _ => null,
        };
        if (kind is { } raw)
        {
            text.Append(tokenizer.ReadRawText(test.LastStartTag, raw).Span);
            if (tokenizer.RawTextEndTag)
            {
                Flush(text, tokens);
                tokens.Add($"</{endTagName}>");
            }
        }
        else if (test.InitialState == "CDATA section state")
        {
            text.Append(tokenizer.ReadCDataSection().Span);
        }

        while (tokenizer.Next() is var token && token != HtmlTokenKind.EndOfFile)
        {
            switch (token)
            {
                case HtmlTokenKind.Text:
                    text.Append(tokenizer.Text.Span);
                    break;
                case HtmlTokenKind.StartTag:
                    Flush(text, tokens);
                    tokens.Add(StartTag(tokenizer.Name, tokenizer.Attributes.Select(a => (a.Name, a.Value.ToString())), tokenizer.SelfClosing));
                    break;
                case HtmlTokenKind.EndTag:
                    Flush(text, tokens);
                    tokens.Add($"</{tokenizer.Name}>");
                    break;
            }
        }

        Flush(text, tokens);
        return tokens;
    }

    private static List<string> Expected(JsonElement output, bool doubleEscaped)
    {
        var tokens = new List<string>();
        var text = new StringBuilder();
        foreach (var token in output.EnumerateArray())
        {
            var type = token[0].GetString();
            switch (type)
            {
                case "Character":
                    text.Append(Unescape(token[1].GetString()!, doubleEscaped));
                    break;
                case "StartTag":
                    Flush(text, tokens);
                    var attributes = token[2].EnumerateObject().Select(p => (Unescape(p.Name, doubleEscaped), Unescape(p.Value.GetString()!, doubleEscaped)));
                    tokens.Add(StartTag(Unescape(token[1].GetString()!, doubleEscaped), attributes, token.GetArrayLength() > 3 && token[3].GetBoolean()));
                    break;
                case "EndTag":
                    Flush(text, tokens);
                    tokens.Add($"</{Unescape(token[1].GetString()!, doubleEscaped)}>");
                    break;
            }
        }

        Flush(text, tokens);
        return tokens;
    }

    private static string StartTag(string name, IEnumerable<(string Name, string Value)> attributes, bool selfClosing)
    {
        var tag = new StringBuilder("<").Append(name);
        foreach (var (attributeName, value) in attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            tag.Append(' ').Append(attributeName).Append("=\"").Append(value).Append('"');
        }

        return tag.Append(selfClosing ? "/>" : ">").ToString();
    }

    private static void Flush(StringBuilder text, List<string> tokens)
    {
        if (text.Length > 0)
        {
            tokens.Add("\"" + text + "\"");
            text.Clear();
        }
    }

    // For doubleEscaped tests: \uHHHH sequences (lone surrogates included) become the code units they name.
    private static string Unescape(string value, bool doubleEscaped)
    {
        if (!doubleEscaped || !value.Contains("\\u", StringComparison.Ordinal))
        {
            return value;
        }

        var result = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 5 < value.Length && value[i + 1] == 'u'
                && int.TryParse(value.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
            {
                result.Append((char)unit);
                i += 5;
                continue;
            }

            result.Append(value[i]);
        }

        return result.ToString();
    }
}
