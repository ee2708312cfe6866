using InterviewRules.Article;
using InterviewRules.Engine;

namespace InterviewRules.Assessing;

/// <summary>
/// One value for every item, as the assessor fills them while it walks the answer classes: numbers, the index of each
/// discrete item's value (<see cref="Item.Values"/> order), and the industry.
/// </summary>
internal sealed class Completion
{
    public double[] Numbers { get; } = new double[Item.All.Count];

    public int[] Values { get; } = new int[Item.All.Count];

    public string? Text { get; set; }

    /// <summary>Reads this completion as conditions read a scenario.</summary>
    public Reader Facts => new(this);

    /// <summary>Copies another completion's values.</summary>
    public void CopyFrom(Completion other)
    {
        other.Numbers.CopyTo(Numbers, 0);
        other.Values.CopyTo(Values, 0);
        Text = other.Text;
    }

    /// <summary>The completion as a scenario (for texts and the full recommendation).</summary>
    public InterviewScenario ToScenario()
    {
        var values = new FactValue[Article.Facts.All.Count];
        var reader = Facts;
        foreach (var fact in Article.Facts.All)
        {
            values[fact.Index] = fact.Type switch
            {
                FactType.Number => FactValue.FromNumber(reader.Number(fact)),
                FactType.Boolean => FactValue.FromBoolean(reader.Bits(fact) == 2),
                FactType.Text when fact.AllowedValues.Count > 0 => FactValue.FromText(fact.AllowedValues[Values[Item.Of(fact)!.Index]]),
                FactType.Text => FactValue.FromText(Text),
                _ => FactValue.FromList(Names(fact, reader.Bits(fact))),
            };
        }

        return Article.Facts.Create(values);
    }

    private static string[] Names(FactDefinition list, ulong bits)
    {
        var names = new System.Collections.Generic.List<string>();
        for (var i = 0; i < list.AllowedValues.Count; i++)
        {
            if ((bits & (1UL << i)) != 0)
            {
                names.Add(list.AllowedValues[i]);
            }
        }

        return [.. names];
    }

    /// <summary>Reads a completion's facts for conditions.</summary>
    internal readonly struct Reader(Completion completion) : ConditionProgram.IFactReader
    {
        public double Number(FactDefinition fact) => fact.Terms.Count == 0
            ? completion.Numbers[Item.Of(fact)!.Index]
            : completion.Numbers[Item.Of(fact.Terms[0])!.Index] + completion.Numbers[Item.Of(fact.Terms[1])!.Index];

        public ulong Bits(FactDefinition fact)
        {
            if (fact.Type != FactType.List)
            {
                var value = completion.Values[Item.Of(fact)!.Index];

                // A boolean's bits are false = 1, true = 2; its item's values are true (0), false (1).
                return fact.Type == FactType.Boolean ? (value == 0 ? 2UL : 1UL) : 1UL << value;
            }

            var bits = 0UL;
            var concerns = ReferenceEquals(fact, Article.Facts.Concerns);

            // A concern item holds when its value is true (0); a red flag's item is in redFlags at state 0, in rumours at 1.
            var wanted = concerns ? 0 : ReferenceEquals(fact, Article.Facts.RedFlags) ? (int)FlagState.RedFlag : (int)FlagState.Rumour;
            for (var i = 0; i < fact.AllowedValues.Count; i++)
            {
                var item = concerns ? Item.Concern(i) : Item.Flag(i);
                bits |= completion.Values[item.Index] == wanted ? 1UL << i : 0;
            }

            return bits;
        }

        public string? Text(FactDefinition fact) => completion.Text;
    }
}
