using System;
using System.Collections.Generic;
using System.Globalization;

namespace InterviewRules.Engine;

/// <summary>The kind of value a fact holds.</summary>
public enum FactValueKind
{
    /// <summary>A finite number.</summary>
    Number,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>A string, or no value at all (<see cref="FactValue.Text"/> is <see langword="null"/>).</summary>
    Text,

    /// <summary>A list of strings (names chosen from a set).</summary>
    List,
}

/// <summary>
/// The value of one fact as a rule read it: a number, a boolean, a string or a list of strings.
/// A small immutable value that costs no allocation to create from the facts.
/// </summary>
public readonly struct FactValue : IEquatable<FactValue>
{
    private static readonly IReadOnlyList<string> NoItems = Engine.ReadOnlyArray<string>.Empty;
    private readonly object? _reference;

    private FactValue(FactValueKind kind, double number, object? reference)
    {
        Kind = kind;
        Number = number;
        _reference = reference;
    }

    /// <summary>Gets the kind of value.</summary>
    public FactValueKind Kind { get; }

    /// <summary>Gets the number; meaningful for <see cref="FactValueKind.Number"/>, 1 or 0 for booleans.</summary>
    public double Number { get; }

    /// <summary>Gets the boolean; meaningful for <see cref="FactValueKind.Boolean"/>.</summary>
    public bool Boolean => Kind == FactValueKind.Boolean && Number != 0;

    /// <summary>Gets the string; meaningful for <see cref="FactValueKind.Text"/> and <see langword="null"/> when the fact is absent.</summary>
    public string? Text => Kind == FactValueKind.Text ? (string?)_reference : null;

    /// <summary>Gets the items; meaningful for <see cref="FactValueKind.List"/>, empty otherwise.</summary>
    public IReadOnlyList<string> Items => Kind == FactValueKind.List ? (IReadOnlyList<string>)_reference! : NoItems;

    /// <summary>Creates a number value.</summary>
    /// <param name="value">A finite number.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static FactValue FromNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A fact's number must be finite.");
        }

        // -0 and 0 are the same fact; keep one representation so output is byte-identical.
        return new FactValue(FactValueKind.Number, value == 0 ? 0 : value, null);
    }

    /// <summary>Creates a boolean value.</summary>
    /// <param name="value">The boolean.</param>
    /// <returns>The value.</returns>
    public static FactValue FromBoolean(bool value) => new(FactValueKind.Boolean, value ? 1 : 0, null);

    /// <summary>Creates a string value; <see langword="null"/> stands for an absent optional fact.</summary>
    /// <param name="value">The string, or <see langword="null"/>.</param>
    /// <returns>The value.</returns>
    public static FactValue FromText(string? value) => new(FactValueKind.Text, 0, value);

    /// <summary>Creates a list value from a copy of the items: changing the caller's list later changes nothing here.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The value.</returns>
    public static FactValue FromList(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new FactValue(FactValueKind.List, 0, Engine.ReadOnlyArray<string>.CopyOf(items));
    }

    /// <summary>Creates a list value over a list that is read-only in fact (the facts' own names), without copying.</summary>
    internal static FactValue FromReadOnlyList(IReadOnlyList<string> items) => new(FactValueKind.List, 0, items);

    /// <summary>Writes the value for people: numbers in invariant culture, lists comma-separated, an absent text as "none".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        FactValueKind.Number => Number.ToString("R", CultureInfo.InvariantCulture),
        FactValueKind.Boolean => Boolean ? "true" : "false",
        FactValueKind.Text => Text ?? "none",
        _ => Items.Count == 0 ? "none" : string.Join(", ", Items),
    };

    /// <inheritdoc />
    public bool Equals(FactValue other)
    {
        if (Kind != other.Kind || !Number.Equals(other.Number))
        {
            return false;
        }

        return Kind switch
        {
            FactValueKind.Text => string.Equals(Text, other.Text, StringComparison.Ordinal),
            FactValueKind.List => ItemsEqual(Items, other.Items),
            _ => true,
        };
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FactValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Kind switch
    {
        FactValueKind.Text => HashCode.Combine(Kind, Text is null ? 0 : StringComparer.Ordinal.GetHashCode(Text)),
        FactValueKind.List => HashCode.Combine(Kind, Items.Count),
        _ => HashCode.Combine(Kind, Number),
    };

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(FactValue left, FactValue right) => left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(FactValue left, FactValue right) => !left.Equals(right);

    private static bool ItemsEqual(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes the value as JSON: a number, a boolean, a string (null for an absent text) or an array of names.</summary>
    internal void WriteTo(System.Text.Json.Utf8JsonWriter writer)
    {
        switch (Kind)
        {
            case FactValueKind.Number:
                writer.WriteNumberValue(Number);
                break;
            case FactValueKind.Boolean:
                writer.WriteBooleanValue(Boolean);
                break;
            case FactValueKind.Text when Text is null:
                writer.WriteNullValue();
                break;
            case FactValueKind.Text:
                writer.WriteStringValue(Text);
                break;
            default:
                writer.WriteStartArray();
                foreach (var item in Items)
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
                break;
        }
    }
}
