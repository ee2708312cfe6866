using System;

namespace InterviewRules;

/// <summary>Which policy judged: its name, version and the fingerprint of its effective content.</summary>
public sealed class PolicyIdentity : IEquatable<PolicyIdentity>
{
    /// <summary>Creates a policy identity.</summary>
    /// <param name="name">The policy's name.</param>
    /// <param name="version">The policy's version.</param>
    /// <param name="fingerprint"><c>sha256:</c> and 64 lowercase hex digits over the policy's canonical JSON.</param>
    public PolicyIdentity(string name, string version, string fingerprint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(fingerprint);
        Name = name;
        Version = version;
        Fingerprint = fingerprint;
    }

    /// <summary>Gets the policy's name.</summary>
    public string Name { get; }

    /// <summary>Gets the policy's version.</summary>
    public string Version { get; }

    /// <summary>Gets the fingerprint: <c>sha256:</c> and 64 lowercase hex digits.</summary>
    public string Fingerprint { get; }

    /// <inheritdoc />
    public bool Equals(PolicyIdentity? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Version, other.Version, StringComparison.Ordinal)
        && string.Equals(Fingerprint, other.Fingerprint, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PolicyIdentity);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Version, Fingerprint);

    /// <inheritdoc />
    public override string ToString() => $"{Name} {Version} ({Fingerprint})";
}
