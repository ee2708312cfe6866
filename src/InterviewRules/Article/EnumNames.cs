using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace InterviewRules.Article;

/// <summary>
/// The camelCase contract names of an enum's values, by position: value <c>i</c> is named <c>this[i]</c>. Read-only in
/// fact (no array is handed out), so it can be shared by every reader and writer.
/// </summary>
/// <typeparam name="TEnum">An enum whose values are 0, 1, … in declaration order, stored as <see cref="int"/>.</typeparam>
internal sealed class EnumNames<TEnum> : IReadOnlyList<string>
    where TEnum : struct, Enum
{
    private readonly string[] _names;

    public EnumNames(params string[] names)
    {
        if (Unsafe.SizeOf<TEnum>() != sizeof(int))
        {
            throw new InvalidOperationException($"{typeof(TEnum).Name} must be stored as an int to be named by position.");
        }

        _names = [.. names];
    }

    /// <summary>Gets the enum's name, for sentences (<c>InterviewerRole</c>).</summary>
    public static string TypeName => typeof(TEnum).Name;

    public int Count => _names.Length;

    public string this[int index] => _names[index];

    /// <summary>Gets a value's position, whether or not it is defined.</summary>
    public static int IndexOf(TEnum value) => Unsafe.As<TEnum, int>(ref value);

    /// <summary>Gets the value at a position; the caller checks the position.</summary>
    public static TEnum ValueAt(int index) => Unsafe.As<int, TEnum>(ref index);

    /// <summary>Gets a name's position, or -1 when it is not one of the names (ordinal comparison).</summary>
    public int IndexOf(string? name) => name is null ? -1 : Array.IndexOf(_names, name);

    public bool IsDefined(TEnum value) => (uint)IndexOf(value) < (uint)_names.Length;

    /// <summary>Gets a value's contract name.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public string Of(TEnum value)
    {
        var index = IndexOf(value);
        return (uint)index < (uint)_names.Length
            ? _names[index]
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined {TypeName}; it must be one of {this}.");
    }

    /// <summary>Reports a value that is not defined: "<c>opportunity.format is 7, which is not a defined InterviewFormat; …</c>".</summary>
    public void CheckDefined(List<InputError> errors, string field, TEnum value)
    {
        if (!IsDefined(value))
        {
            errors.Add(new InputError("$." + field, $"{field} is {IndexOf(value).ToString(CultureInfo.InvariantCulture)}, which is not a defined {TypeName}; it must be one of {this}."));
        }
    }

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_names).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Lists the names, comma-separated, as sentences show them.</summary>
    public override string ToString() => string.Join(", ", _names);
}
