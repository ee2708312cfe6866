namespace InterviewRules.Engine;

/// <summary>
/// A rule over a type of facts: it looks at the facts and maybe produces one finding. Rules must be pure and
/// thread-safe: the same facts always give the same finding, and one instance serves many threads.
/// </summary>
/// <typeparam name="TFacts">The type of facts the rule reads.</typeparam>
public interface IRule<in TFacts>
{
    /// <summary>Gets what the rule is: id, kind, title, source.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Looks at the facts.</summary>
    /// <param name="facts">The facts; never <see langword="null"/>.</param>
    /// <returns>The finding when the rule fires; otherwise <see langword="null"/>.</returns>
    Finding? Evaluate(TFacts facts);
}
