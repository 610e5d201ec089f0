namespace NewsExtract.Text;

/// <summary>
/// A set of BMP characters as one bit each, built once from a predicate: a load and a bit test per character in a hot
/// loop, where the predicate is a switch over ranges.
/// </summary>
internal readonly struct CharBitmap
{
    private readonly ulong[] _bits;

    public CharBitmap(Func<char, bool> predicate)
    {
        _bits = new ulong[(char.MaxValue + 1) / 64];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            if (predicate((char)i))
            {
                _bits[i >> 6] |= 1UL << i;
            }
        }
    }

    public bool Contains(char c) => (_bits[c >> 6] & (1UL << c)) != 0;

    /// <summary>Whether every character of <paramref name="text"/> is in the set.</summary>
    public bool ContainsAll(ReadOnlySpan<char> text)
    {
        var bits = _bits;
        foreach (var c in text)
        {
            if ((bits[c >> 6] & (1UL << c)) == 0)
            {
                return false;
            }
        }

        return true;
    }
}
