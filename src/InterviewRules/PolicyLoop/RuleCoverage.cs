namespace InterviewRules.PolicyLoop;

/// <summary>Whether a policy's tests make one enabled rule fire and not fire, and whether each can happen at all.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Fires">Whether some case makes the rule fire.</param>
/// <param name="NotFires">Whether some case leaves the rule silent.</param>
/// <param name="CanFire">Whether some scenario makes it fire (the assessor's reasoning, not sampling).</param>
/// <param name="CanNotFire">Whether some scenario leaves it silent (networking, for one, always fires).</param>
public sealed record RuleCoverage(string RuleId, bool Fires, bool NotFires, bool CanFire, bool CanNotFire);
