namespace NewsExtract.Html;

/// <summary>
/// Values for names of one to eight characters in U+0001–U+00FF, found by the characters packed into one 64-bit key: a
/// multiply and mostly a single probe, where a string dictionary hashed the characters and compared them again. Tag and
/// attribute names are looked up several thousand times a page. Immutable once built; shared by all threads.
/// </summary>
internal sealed class ShortNameTable<T>
{
    private const int MaxLength = sizeof(ulong);

    // Open addressing, linear probing; key 0 marks an empty slot (no packed name is 0: its first character is not U+0000).
    private readonly ulong[] _keys;
    private readonly T[] _values;
    private readonly int _shift;

    /// <param name="entries">The names and their values; names that cannot be packed are left out (<see cref="CanHold"/>).</param>
    public ShortNameTable(IEnumerable<(string Name, T Value)> entries)
    {
        var packed = entries.Where(e => CanHold(e.Name)).ToArray();
        var bits = 4;
        while (1 << bits < packed.Length * 4)
        {
            bits++;
        }

        _keys = new ulong[1 << bits];
        _values = new T[1 << bits];
        _shift = 64 - bits;
        foreach (var (name, value) in packed)
        {
            TryPack(name, out var key);
            var slot = SlotOf(key);
            while (_keys[slot] != 0 && _keys[slot] != key)
            {
                slot = (slot + 1) & (_keys.Length - 1);
            }

            _keys[slot] = key;
            _values[slot] = value;
        }
    }

    /// <summary>Whether a name of this shape is held here when known (then a miss means the name is not known).</summary>
    public static bool CanHold(ReadOnlySpan<char> name) => TryPack(name, out _);

    public bool TryGetValue(ReadOnlySpan<char> name, out T value)
    {
        if (TryPack(name, out var key))
        {
            for (var slot = SlotOf(key); _keys[slot] != 0; slot = (slot + 1) & (_keys.Length - 1))
            {
                if (_keys[slot] == key)
                {
                    value = _values[slot];
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }

    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    // One byte per character, the first in the lowest byte: distinct names give distinct keys, as no character is U+0000.
    private static bool TryPack(ReadOnlySpan<char> name, out ulong key)
    {
        key = 0;
        if (name.IsEmpty || name.Length > MaxLength)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is '\0' or > '\u00FF')
            {
                return false;
            }

            key |= (ulong)c << (8 * i);
        }

        return true;
    }
}
