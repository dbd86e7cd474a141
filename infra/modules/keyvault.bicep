// Key Vault for the bot's client secret (msaAppType SingleTenant) and the documents' link key. RBAC only, soft delete and purge
// protection on: a deleted vault keeps its name for softDeleteRetentionInDays (see docs/deploy.md).
param name string
param location string
param tenantId string
@description('Resource id of the managed identity that reads secrets (Key Vault references in the Web App settings).')
param readerIdentityId string
@description('Principal id of that identity.')
param readerPrincipalId string
@description('Optional: a user or group object id that may write secrets (the person who rotates the bot secret).')
param vaultWriterObjectId string
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param vaultWriterType string

@secure()
@description('Optional: the documents\' link key; empty leaves the secret to be set by hand.')
param documentsLinkSigningKey string = ''

var linkSigningKeySecretName = 'documents-link-key'
var secretsUserRole = '4633458b-17de-408a-b874-0445c86b69e6'
var secretsOfficerRole = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  properties: {
    tenantId: tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource readerAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, readerIdentityId, secretsUserRole)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRole)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource officerAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(vaultWriterObjectId)) {
  scope: vault
  name: guid(vault.id, vaultWriterObjectId, secretsOfficerRole)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsOfficerRole)
    principalId: vaultWriterObjectId
    principalType: vaultWriterType
  }
}

resource linkSigningKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(documentsLinkSigningKey)) {
  parent: vault
  name: linkSigningKeySecretName
  properties: {
    value: documentsLinkSigningKey
  }
}

output name string = vault.name
output linkSigningKeySecretName string = linkSigningKeySecretName
output uri string = vault.properties.vaultUri
