using System.Collections.Generic;
using System.Numerics;

namespace InterviewRules.Localization;

/// <summary>
/// A read-only table from text keys to values, built once. It hashes a key by its length and five of its characters
/// rather than all of them: the library's keys (<c>need-practice.explanation</c>, <c>count.year.one</c>) differ in
/// those, so a lookup costs a few reads and one comparison. Keys that hash alike share a bucket, so any set of keys
/// works; only the speed depends on them.
/// </summary>
/// <typeparam name="T">The values.</typeparam>
internal sealed class KeyTable<T>
    where T : class
{
    private readonly int[] _buckets; // per bucket, 1 + the index of its first key; 0 when empty
    private readonly int[] _next; // per key, 1 + the index of the next key in its bucket; 0 at the end
    private readonly string[] _keys;
    private readonly T[] _values;
    private readonly int _shift;

    /// <summary>Builds the table.</summary>
    /// <param name="items">The keys and values; each key once.</param>
    public KeyTable(IReadOnlyCollection<KeyValuePair<string, T>> items)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)System.Math.Max(4, items.Count * 2));
        _shift = 32 - BitOperations.Log2((uint)size);
        _buckets = new int[size];
        _next = new int[items.Count];
        _keys = new string[items.Count];
        _values = new T[items.Count];
        var i = 0;
        foreach (var (key, value) in items)
        {
            var bucket = Bucket(key);
            _keys[i] = key;
            _values[i] = value;
            _next[i] = _buckets[bucket];
            _buckets[bucket] = i + 1;
            i++;
        }
    }

    /// <summary>Finds the value of a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value, or <see langword="null"/> when the key is not in the table.</returns>
    public T? Find(string key)
    {
        var keys = _keys;
        for (var i = _buckets[Bucket(key)] - 1; (uint)i < (uint)keys.Length; i = _next[i] - 1)
        {
            if (string.Equals(keys[i], key, System.StringComparison.Ordinal))
            {
                return _values[i];
            }
        }

        return null;
    }

    private int Bucket(string key)
    {
        var n = key.Length;
        var hash = (uint)n;
        if (n > 0)
        {
            hash = (hash * 31) + key[0];
            hash = (hash * 31) + key[n >> 2];
            hash = (hash * 31) + key[n >> 1];
            hash = (hash * 31) + key[(3 * n) >> 2];
            hash = (hash * 31) + key[n - 1];
        }

        // Fibonacci hashing: the top bits of the product pick the bucket.
        return (int)((hash * 2654435769u) >> _shift);
    }
}
