namespace NewsExtract.Html;

/// <summary>
/// The CSS selectors site profiles are written in: type and universal selectors, <c>#id</c>, <c>.class</c>, attribute
/// selectors (<c>[a]</c>, <c>=</c>, <c>~=</c>, <c>|=</c>, <c>^=</c>, <c>$=</c>, <c>*=</c>), <c>:first-child</c>,
/// <c>:last-child</c>, <c>:nth-of-type(N)</c> (a number: the CSS paths of the explain trace use it), the four combinators (descendant, <c>&gt;</c>, <c>+</c>, <c>~</c>) and comma-separated lists.
/// Anything else is a <see cref="FormatException"/>.
/// </summary>
internal sealed class HtmlSelector
{
    private readonly List<List<(char Combinator, Compound Part)>> _alternatives;

    private HtmlSelector(List<List<(char Combinator, Compound Part)>> alternatives) => _alternatives = alternatives;

    /// <summary>Parses <paramref name="selector"/>; throws <see cref="FormatException"/> for what it does not support.</summary>
    public static HtmlSelector Parse(string selector) => new SelectorParser(selector).Parse();

    /// <summary>The elements under <paramref name="root"/> (and itself) that match, in document order.</summary>
    public IEnumerable<HtmlElement> Select(HtmlElement root) => root.DescendantElements().Prepend(root).Where(Matches);

    public bool Matches(HtmlElement element)
    {
        foreach (var chain in _alternatives)
        {
            if (MatchesFrom(element, chain, chain.Count - 1))
            {
                return true;
            }
        }

        return false;
    }

    // Right to left: the last compound matches the element, each combinator walks to where the one before must match.
    private static bool MatchesFrom(HtmlElement element, List<(char Combinator, Compound Part)> chain, int index)
    {
        var (combinator, part) = chain[index];
        if (!part.Matches(element))
        {
            return false;
        }

        if (index == 0)
        {
            return true;
        }

        switch (combinator)
        {
            case '>':
                return element.Parent is { } parent && MatchesFrom(parent, chain, index - 1);
            case ' ':
                for (var ancestor = element.Parent; ancestor is not null; ancestor = ancestor.Parent)
                {
                    if (MatchesFrom(ancestor, chain, index - 1))
                    {
                        return true;
                    }
                }

                return false;
            case '+':
                return PreviousElement(element) is { } previous && MatchesFrom(previous, chain, index - 1);
            default:
                for (var sibling = PreviousElement(element); sibling is not null; sibling = PreviousElement(sibling))
                {
                    if (MatchesFrom(sibling, chain, index - 1))
                    {
                        return true;
                    }
                }

                return false;
        }
    }

    private static HtmlElement? PreviousElement(HtmlNode node)
    {
        for (var at = node.PreviousSibling; at is not null; at = at.PreviousSibling)
        {
            if (at is HtmlElement element)
            {
                return element;
            }
        }

        return null;
    }

    private static HtmlElement? NextElement(HtmlNode node)
    {
        for (var at = node.NextSibling; at is not null; at = at.NextSibling)
        {
            if (at is HtmlElement element)
            {
                return element;
            }
        }

        return null;
    }

    /// <summary>One compound selector: conditions that all hold for the same element.</summary>
    private sealed class Compound
    {
        public string? Type { get; set; }

        public List<Func<HtmlElement, bool>> Conditions { get; } = [];

        public bool Matches(HtmlElement element)
        {
            if (Type is not null && element.Name != Type)
            {
                return false;
            }

            foreach (var condition in Conditions)
            {
                if (!condition(element))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private sealed class SelectorParser(string text)
    {
        private int _at;

        public HtmlSelector Parse()
        {
            var alternatives = new List<List<(char, Compound)>>();
            do
            {
                alternatives.Add(ParseChain());
            }
            while (Eat(','));

            SkipSpace();
            return _at == text.Length ? new HtmlSelector(alternatives) : throw Error("unexpected character");
        }

        private List<(char, Compound)> ParseChain()
        {
            var chain = new List<(char, Compound)>();
            var combinator = ' ';
            while (true)
            {
                SkipSpace();
                chain.Add((combinator, ParseCompound()));
                var hadSpace = SkipSpace();
                if (_at == text.Length || text[_at] == ',')
                {
                    return chain;
                }

                if (text[_at] is '>' or '+' or '~')
                {
                    combinator = text[_at++];
                }
                else if (hadSpace)
                {
                    combinator = ' ';
                }
                else
                {
                    throw Error("unexpected character");
                }
            }
        }

        private Compound ParseCompound()
        {
            var compound = new Compound();
            var start = _at;
            if (Eat('*'))
            {
                // Universal: no type condition.
            }
            else if (_at < text.Length && IsNameChar(text[_at]))
            {
                compound.Type = ReadName().ToLowerInvariant();
            }

            while (_at < text.Length)
            {
                var c = text[_at];
                if (c == '#')
                {
                    _at++;
                    var id = ReadName();
                    compound.Conditions.Add(e => e.GetAttribute("id") == id);
                }
                else if (c == '.')
                {
                    _at++;
                    var className = ReadName();
                    compound.Conditions.Add(e => HasWord(e.GetAttribute("class"), className));
                }
                else if (c == '[')
                {
                    _at++;
                    compound.Conditions.Add(ParseAttribute());
                }
                else if (c == ':')
                {
                    _at++;
                    compound.Conditions.Add(ReadName().ToLowerInvariant() switch
                    {
                        "first-child" => e => PreviousElement(e) is null,
                        "last-child" => e => NextElement(e) is null,
                        "nth-of-type" => NthOfType(ReadPosition()),
                        var other => throw Error($"unsupported pseudo-class :{other}"),
                    });
                }
                else
                {
                    break;
                }
            }

            return _at > start ? compound : throw Error("empty selector");
        }

        /// <summary>The <c>(N)</c> after <c>:nth-of-type</c>: a positive number (formulas such as <c>2n+1</c> are not read).</summary>
        private int ReadPosition()
        {
            if (!Eat('('))
            {
                throw Error("expected '('");
            }

            SkipSpace();
            var start = _at;
            while (_at < text.Length && char.IsAsciiDigit(text[_at]))
            {
                _at++;
            }

            if (!int.TryParse(text.AsSpan(start, _at - start), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                throw Error("expected a positive number");
            }

            SkipSpace();
            return Eat(')') ? n : throw Error("expected ')'");
        }

        private static Func<HtmlElement, bool> NthOfType(int n) => e =>
        {
            var position = 1;
            for (var sibling = PreviousElement(e); sibling is not null && position <= n; sibling = PreviousElement(sibling))
            {
                if (sibling.Name == e.Name)
                {
                    position++;
                }
            }

            return position == n;
        };

        private Func<HtmlElement, bool> ParseAttribute()
        {
            SkipSpace();
            var name = ReadName().ToLowerInvariant();
            SkipSpace();
            if (Eat(']'))
            {
                return e => e.HasAttribute(name);
            }

            var op = _at < text.Length && text[_at] is '~' or '|' or '^' or '$' or '*' ? text[_at++] : '=';
            if (!Eat('='))
            {
                throw Error("expected '='");
            }

            SkipSpace();
            var value = ReadValue();
            SkipSpace();
            if (!Eat(']'))
            {
                throw Error("expected ']'");
            }

            return op switch
            {
                '=' => e => e.GetAttribute(name) == value,
                '~' => e => HasWord(e.GetAttribute(name), value),
                '|' => e => e.GetAttribute(name) is { } v && (v == value || v.StartsWith(value + "-", StringComparison.Ordinal)),
                '^' => e => value.Length > 0 && e.GetAttribute(name)?.StartsWith(value, StringComparison.Ordinal) == true,
                '$' => e => value.Length > 0 && e.GetAttribute(name)?.EndsWith(value, StringComparison.Ordinal) == true,
                _ => e => value.Length > 0 && e.GetAttribute(name)?.Contains(value, StringComparison.Ordinal) == true,
            };
        }

        private string ReadValue()
        {
            if (_at < text.Length && text[_at] is '"' or '\'')
            {
                var quote = text[_at];
                var close = text.IndexOf(quote, _at + 1);
                if (close < 0)
                {
                    throw Error("unterminated string");
                }

                var value = text[(_at + 1)..close];
                _at = close + 1;
                return value;
            }

            return ReadName();
        }

        private string ReadName()
        {
            var start = _at;
            while (_at < text.Length && IsNameChar(text[_at]))
            {
                _at++;
            }

            return _at > start ? text[start.._at] : throw Error("expected a name");
        }

        private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || c > 0x7F;

        private bool SkipSpace()
        {
            var start = _at;
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
            {
                _at++;
            }

            return _at > start;
        }

        private bool Eat(char c)
        {
            if (_at < text.Length && text[_at] == c)
            {
                _at++;
                return true;
            }

            return false;
        }

        private FormatException Error(string what) => new($"Selector '{text}': {what} at {_at}.");
    }

    private static bool HasWord(string? list, string word)
    {
        if (list is null || word.Length == 0)
        {
            return false;
        }

        foreach (var range in list.AsSpan().SplitAny(HtmlNames.AsciiWhiteSpace))
        {
            if (list.AsSpan(range).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }
}
