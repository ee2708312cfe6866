using System;
using System.Collections;
using System.Collections.Generic;

namespace InterviewRules.Engine;

/// <summary>
/// A list that is read-only in fact, not only in its static type: an array handed out as
/// <see cref="IReadOnlyList{T}"/> can be cast back and written, which would change the library for every caller.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ReadOnlyArray<T> : IReadOnlyList<T>
{
    private readonly T[] _items;

    private ReadOnlyArray(T[] items) => _items = items;

    public static ReadOnlyArray<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    /// <summary>Wraps an array the caller hands over and never writes again.</summary>
    public static ReadOnlyArray<T> Own(T[] items) => items.Length == 0 ? Empty : new(items);

    /// <summary>Copies a caller's items.</summary>
    public static ReadOnlyArray<T> CopyOf(IEnumerable<T> items) => Own([.. items]);

    public ReadOnlySpan<T> AsSpan() => _items;

    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public struct Enumerator(T[] items)
    {
        private int _index = -1;

        public readonly T Current => items[_index];

        public bool MoveNext() => ++_index < items.Length;
    }
}
