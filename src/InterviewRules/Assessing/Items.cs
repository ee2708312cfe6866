using System;
using System.Collections.Generic;
using InterviewRules.Article;
using InterviewRules.Engine;

namespace InterviewRules.Assessing;

/// <summary>What kind of value an item fact takes.</summary>
internal enum ItemKind
{
    /// <summary>A number within the fact's limits (whole for counts).</summary>
    Number,

    /// <summary>A value of a closed set: a boolean, a choice, a concern (true/false), a red flag's state.</summary>
    Discrete,

    /// <summary>A free text that may be absent (the industry).</summary>
    Text,
}

/// <summary>
/// One unit of knowledge about a scenario (design.md, "Deciding with what is known"): a fact of the document other
/// than a list, one item per concern (does the candidate have it), and one per red flag (what the candidate knows of
/// it: in detail, only heard, or neither). Derived from the fact table, in its order: the order of <c>unknown</c>,
/// <c>relevant</c>, <c>sufficient</c> and of question ties.
/// </summary>
internal sealed class Item
{
    /// <summary>The values of a boolean or concern item, in answer order.</summary>
    public static readonly string[] BooleanValues = ["true", "false"];

    /// <summary>The states of a red-flag item, in answer order.</summary>
    public static readonly string[] FlagValues = ["redFlag", "rumour", "none"];

    private Item(int index, string path, ItemKind kind, FactDefinition fact, int position, IReadOnlyList<string> values)
    {
        Index = index;
        Path = path;
        Kind = kind;
        Fact = fact;
        Position = position;
        Values = values;
    }

    // The item of each fact of the document that is not a list, by the fact's index; set by Build, so declared first.
    private static Item?[] ByFact { get; set; } = [];

    /// <summary>Gets every item, in order.</summary>
    public static IReadOnlyList<Item> All { get; } = Build();

    /// <summary>Gets the position in <see cref="All"/>.</summary>
    public int Index { get; }

    /// <summary>Gets the path (<c>candidate.activelyLooking</c>, <c>concerns.tooBusy</c>, <c>redFlags.highTurnover</c>).</summary>
    public string Path { get; }

    /// <summary>Gets the kind of value.</summary>
    public ItemKind Kind { get; }

    /// <summary>Gets the scenario fact it belongs to (for concerns and red flags, the list of concerns or of red flags).</summary>
    public FactDefinition Fact { get; }

    /// <summary>Gets, for a concern or red flag, its position among the list's names; -1 otherwise.</summary>
    public int Position { get; }

    /// <summary>Gets the names of a discrete item's values, in answer order; empty for numbers and texts.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>Gets whether this is a yes/no item (a boolean fact or a concern).</summary>
    public bool IsYesNo => ReferenceEquals(Values, BooleanValues);

    /// <summary>Gets whether this is a red flag's item.</summary>
    public bool IsFlag => ReferenceEquals(Values, FlagValues);

    /// <summary>Gets the item of a fact of the document that is not a list, or <see langword="null"/>.</summary>
    public static Item? Of(FactDefinition fact) => ByFact[fact.Index];


    /// <summary>Finds an item by path.</summary>
    public static Item? Find(string path)
    {
        foreach (var item in All)
        {
            if (string.Equals(item.Path, path, StringComparison.Ordinal))
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>The item of a concern, by its position among the concern names.</summary>
    public static Item Concern(int position) => All[ConcernsAt + position];

    /// <summary>The item of a red flag, by its position among the red-flag names.</summary>
    public static Item Flag(int position) => All[FlagsAt + position];

    /// <summary>Gets where the concern items start.</summary>
    public static int ConcernsAt { get; private set; }

    /// <summary>Gets where the red-flag items start.</summary>
    public static int FlagsAt { get; private set; }

    /// <summary>
    /// The items a condition's leaf reads: its fact's item, both terms of a sum, or the concern or red-flag items its
    /// names pick (<paramref name="mask"/>, one bit per name).
    /// </summary>
    public static void Read(FactDefinition fact, ulong mask, List<Item> items)
    {
        if (fact.Terms.Count > 0)
        {
            foreach (var term in fact.Terms)
            {
                Add(items, Of(term)!);
            }

            return;
        }

        if (fact.Type != FactType.List)
        {
            Add(items, Of(fact)!);
            return;
        }

        for (var i = 0; i < fact.AllowedValues.Count; i++)
        {
            if ((mask & (1UL << i)) != 0)
            {
                Add(items, ReferenceEquals(fact, Facts.Concerns) ? Concern(i) : Flag(i));
            }
        }
    }

    /// <summary>The items a whole fact reads (for evidence): a list reads every one of its items.</summary>
    public static void Read(FactDefinition fact, List<Item> items) => Read(fact, fact.Type == FactType.List ? (1UL << fact.AllowedValues.Count) - 1 : 0, items);

    private static void Add(List<Item> items, Item item)
    {
        if (!items.Contains(item))
        {
            items.Add(item);
        }
    }

    private static List<Item> Build()
    {
        var items = new List<Item>();
        foreach (var fact in Facts.All)
        {
            if (fact.InDocument && fact.Type != FactType.List)
            {
                var kind = fact.Type switch
                {
                    FactType.Number => ItemKind.Number,
                    FactType.Text when fact.AllowedValues.Count == 0 => ItemKind.Text,
                    _ => ItemKind.Discrete,
                };
                var values = fact.Type == FactType.Boolean ? BooleanValues : fact.AllowedValues;
                items.Add(new Item(items.Count, fact.Path, kind, fact, -1, kind == ItemKind.Discrete ? values : ReadOnlyArray<string>.Empty));
            }
        }

        ByFact = new Item?[Facts.All.Count];
        foreach (var item in items)
        {
            ByFact[item.Fact.Index] = item;
        }

        ConcernsAt = items.Count;
        for (var i = 0; i < Facts.ConcernNames.Count; i++)
        {
            items.Add(new Item(items.Count, Facts.Concerns.Path + "." + Facts.ConcernNames[i], ItemKind.Discrete, Facts.Concerns, i, BooleanValues));
        }

        FlagsAt = items.Count;
        for (var i = 0; i < Facts.RedFlagNames.Count; i++)
        {
            items.Add(new Item(items.Count, Facts.RedFlags.Path + "." + Facts.RedFlagNames[i], ItemKind.Discrete, Facts.RedFlags, i, FlagValues));
        }

        return items;
    }

    /// <inheritdoc />
    public override string ToString() => Path;
}
