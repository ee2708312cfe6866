using System;
using System.Collections.Generic;
using System.Linq;
using InterviewRules.Engine;

namespace InterviewRules;

/// <summary>
/// Which policy judged: its name, version and the fingerprint of its effective content, and — when rules were
/// added or removed in code on top of it — which, so an answer never claims a policy alone that it does not apply.
/// </summary>
public sealed class PolicyIdentity : IEquatable<PolicyIdentity>
{
    /// <summary>Creates a policy identity.</summary>
    /// <param name="name">The policy's name.</param>
    /// <param name="version">The policy's version.</param>
    /// <param name="fingerprint"><c>sha256:</c> and 64 lowercase hex digits over the policy's canonical JSON.</param>
    public PolicyIdentity(string name, string version, string fingerprint)
        : this(name, version, fingerprint, [])
    {
    }

    /// <summary>Creates the identity of a policy with rules added or removed in code.</summary>
    /// <param name="name">The policy's name.</param>
    /// <param name="version">The policy's version.</param>
    /// <param name="fingerprint"><c>sha256:</c> and 64 lowercase hex digits over the policy's canonical JSON.</param>
    /// <param name="codeRules">The ids of the rules added in code, and <c>-</c> followed by the id of each policy rule removed in code; copied.</param>
    public PolicyIdentity(string name, string version, string fingerprint, IEnumerable<string> codeRules)
    {
        ArgumentNullException.ThrowIfNull(codeRules);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(fingerprint);
        Name = name;
        Version = version;
        Fingerprint = fingerprint;
        CodeRules = ReadOnlyArray<string>.CopyOf(codeRules);
    }

    /// <summary>Gets the policy's name.</summary>
    public string Name { get; }

    /// <summary>Gets the policy's version.</summary>
    public string Version { get; }

    /// <summary>Gets the fingerprint: <c>sha256:</c> and 64 lowercase hex digits.</summary>
    public string Fingerprint { get; }

    /// <summary>
    /// Gets the ids of the rules added in code on top of the policy, and <c>-</c> followed by the id of each policy
    /// rule removed in code; empty when the policy is applied as it is. The recommendation JSON writes them as
    /// <c>policy.codeRules</c> when there are any.
    /// </summary>
    public IReadOnlyList<string> CodeRules { get; }

    /// <inheritdoc />
    public bool Equals(PolicyIdentity? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Version, other.Version, StringComparison.Ordinal)
        && string.Equals(Fingerprint, other.Fingerprint, StringComparison.Ordinal)
        && CodeRules.SequenceEqual(other.CodeRules, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PolicyIdentity);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Version, Fingerprint);

    /// <inheritdoc />
    public override string ToString() => CodeRules.Count == 0 ? $"{Name} {Version} ({Fingerprint})" : $"{Name} {Version} ({Fingerprint}) with code rules {string.Join(", ", CodeRules)}";
}
