using System.Globalization;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace InterviewRules.PolicyLoop;

/// <summary>The totals of a policy comparison: how many scenarios, how many decisions flip each way, per rule, and the score shift.</summary>
public sealed class PolicyImpact
{
    private readonly Dictionary<string, long> _byRule;
    private readonly IReadOnlyList<string> _ruleOrder;

    internal PolicyImpact(PolicyIdentity old, PolicyIdentity @new, IReadOnlyList<string> ruleOrder)
    {
        Old = old;
        New = @new;
        _ruleOrder = ruleOrder;
        _byRule = ruleOrder.ToDictionary(id => id, _ => 0L, System.StringComparer.Ordinal);
    }

    /// <summary>Gets the old policy's identity.</summary>
    public PolicyIdentity Old { get; }

    /// <summary>Gets the new policy's identity.</summary>
    public PolicyIdentity New { get; }

    /// <summary>Gets how many scenarios were compared.</summary>
    public long Scenarios { get; internal set; }

    /// <summary>Gets how many decisions flip from decline to accept.</summary>
    public long ToAccept { get; internal set; }

    /// <summary>Gets how many decisions flip from accept to decline.</summary>
    public long ToDecline { get; internal set; }

    /// <summary>Gets how many flips each rule takes part in (its finding differs), for the rules that take part in one, in rule order.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> ByRule => [.. _ruleOrder.Where(id => _byRule[id] > 0).Select(id => new KeyValuePair<string, long>(id, _byRule[id]))];

    /// <summary>Gets how the scores moved.</summary>
    public ScoreShift ScoreShift { get; } = new();

    /// <summary>Writes the totals in a few lines.</summary>
    /// <returns>The text, lines ending with a newline.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Old.Name} {Old.Version} → {New.Name} {New.Version}: {Scenarios} scenarios, {ToAccept + ToDecline} flips ({ToAccept} to accept, {ToDecline} to decline).\n");
        if (ByRule.Count > 0)
        {
            text.Append("by rule: ").Append(string.Join(", ", ByRule.Select(r => $"{r.Key} {r.Value}"))).Append('\n');
        }

        text.Append("score shift: ").Append(ScoreShift).Append('\n');
        return text.ToString();
    }

    internal void Count(string ruleId) => _byRule[ruleId]++;
}
