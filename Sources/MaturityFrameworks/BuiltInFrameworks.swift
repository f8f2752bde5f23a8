/// The framework files shipped with maturity, compiled into the binary so that they are found
/// from any directory. Their source of truth is the top-level `frameworks/` folder.
public enum BuiltInFrameworks {
    /// File name and bytes of every shipped file: frameworks and their translations.
    public static let files: [(name: String, bytes: [UInt8])] = [
        ("data-maturity.yaml", PackageResources.data_maturity_yaml),
        ("data-maturity.fr.yaml", PackageResources.data_maturity_fr_yaml),
        ("data-maturity.es.yaml", PackageResources.data_maturity_es_yaml),
        ("data-maturity.cy.yaml", PackageResources.data_maturity_cy_yaml),
        ("data-skills.yaml", PackageResources.data_skills_yaml),
        ("data-sharing-readiness.yaml", PackageResources.data_sharing_readiness_yaml),
        ("data-protection.yaml", PackageResources.data_protection_yaml),
        ("data-protection.fr.yaml", PackageResources.data_protection_fr_yaml),
        ("data-protection.es.yaml", PackageResources.data_protection_es_yaml),
        ("data-protection.cy.yaml", PackageResources.data_protection_cy_yaml),
    ]
}
