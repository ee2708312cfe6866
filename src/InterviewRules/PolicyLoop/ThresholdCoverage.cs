namespace InterviewRules.PolicyLoop;

/// <summary>
/// Whether a policy's tests put a case on each side of one threshold of an enabled rule: an article rule's parameter
/// (<c>yearsOfExperienceBelow</c>) or a custom rule's number comparison (named <c>fact op</c>). "Below" holds the values
/// the comparison puts at or under the threshold (<c>x &lt; 3</c> for <c>yearsOfExperienceBelow 3</c>, <c>x &lt;= 8</c>
/// for <c>expensiveHoursAbove 8</c>; <c>x = t</c> itself for <c>equals</c> and <c>notEquals</c>), "above" the rest.
/// </summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Parameter">The parameter, or <c>fact op</c> for a custom rule's comparison.</param>
/// <param name="Fact">The fact compared (<c>opportunity.totalHours</c> for a sum).</param>
/// <param name="Operator">The comparison, as a policy file names it (<c>lessThan</c>).</param>
/// <param name="Value">The threshold.</param>
/// <param name="Below">Whether some case lies below.</param>
/// <param name="Above">Whether some case lies above.</param>
/// <param name="CanBeBelow">Whether an allowed value of the fact lies below.</param>
/// <param name="CanBeAbove">Whether an allowed value of the fact lies above.</param>
public sealed record ThresholdCoverage(string RuleId, string Parameter, string Fact, string Operator, double Value, bool Below, bool Above, bool CanBeBelow, bool CanBeAbove);
