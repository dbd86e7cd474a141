// MesaBot on Azure: everything one resource group needs to run the bot in a tenant's Teams.
// Deploy with: az deployment group create -g <rg> -f infra/main.bicep -p infra/main.bicepparam
// (docs/deploy.md walks through every step).
targetScope = 'resourceGroup'

@description('Region for every resource except the bot registration (always global).')
param location string = resourceGroup().location

@description('UserAssignedMSI (default, no secret to rotate) or SingleTenant (an Entra app registration with a client secret kept in Key Vault).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the application (client) id of the Entra app registration.')
param singleTenantAppId string = ''

@description('The Entra tenant the bot belongs to; also the only tenant whose activities the host accepts.')
param tenantId string = tenant().tenantId

@description('App Service plan size (Linux). B1 is enough for a ministry; Free/Shared plans have no Always On.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'P0v3'
  'P1v3'
])
param appServiceSku string = 'B1'

@description('Storage redundancy. Standard_ZRS where the region has availability zones.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_LRS'

@description('Azure Bot pricing tier: F0 is free for standard channels such as Teams.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Days Log Analytics / Application Insights keep telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Days deleted blobs and containers (leases, table backups) stay recoverable.')
@minValue(1)
@maxValue(365)
param blobRetentionDays int = 14

@description('Days table exports stay in the backups container before the lifecycle rule deletes them.')
@minValue(7)
@maxValue(3650)
param backupRetentionDays int = 90

@description('Optional: object id of the user or group that may write Key Vault secrets (Key Vault Secrets Officer: to set and rotate the SingleTenant secret).')
param vaultWriterObjectId string = ''

@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param vaultWriterType string = 'User'

@description('Graph: the org catalog id of the MesaBot Teams app (Teams admin center → Manage apps → MesaBot → App ID). Empty until the package is uploaded.')
param graphTeamsAppCatalogId string = ''

@description('Graph: the mailbox (UPN) MesaBot sends e-mail from. Empty disables e-mail.')
param graphMailSender string = ''

@description('Graph: who receives the periodic digest (UPN or mail-enabled group address). Empty disables the digest.')
param graphDigestRecipient string = ''

@secure()
@description('Optional: the HMAC key of the documents\' signed links (at least 32 random characters, e.g. openssl rand -base64 48). Given, it is written to Key Vault as documents-link-key; empty, that secret must be set in the vault by hand (docs/deploy.md, 6b). Either way the Web App reads it only through a Key Vault reference.')
param documentsLinkSigningKey string = ''

@description('Change it to get fresh resource names, e.g. when a deleted vault still holds the old name (purge protection).')
param nameSeed string = ''

var suffix = uniqueString(resourceGroup().id, nameSeed)
var isManagedIdentityBot = botAppType == 'UserAssignedMSI'
var appInsightsName = 'appi-mesabot-${suffix}'

// The one identity MesaBot runs as: the Web App uses it for Storage, Key Vault and Graph, and with
// UserAssignedMSI it is also the bot's app id (its client id is the bot's MicrosoftAppId).
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-mesabot-${suffix}'
  location: location
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-mesabot-${suffix}'
    appInsightsName: appInsightsName
    location: location
    retentionInDays: logRetentionDays
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'st${suffix}'
    location: location
    skuName: storageSku
    identityId: identity.id
    principalId: identity.properties.principalId
    blobRetentionDays: blobRetentionDays
    backupRetentionDays: backupRetentionDays
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyVault'
  params: {
    name: 'kv-mesabot-${suffix}'
    location: location
    tenantId: tenantId
    readerIdentityId: identity.id
    readerPrincipalId: identity.properties.principalId
    vaultWriterObjectId: vaultWriterObjectId
    vaultWriterType: vaultWriterType
    documentsLinkSigningKey: documentsLinkSigningKey
  }
}

// Read after the monitoring module has created it (webApp depends on monitoring).
resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

var botAppId = isManagedIdentityBot ? identity.properties.clientId : singleTenantAppId

// The keys the host reads (ASP.NET Core configuration: "__" is ":" in a key).
var commonSettings = {
  ASPNETCORE_ENVIRONMENT: 'Production'
  // The zip holds the output of dotnet publish: nothing to build on the server.
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
  MicrosoftAppType: botAppType
  MicrosoftAppId: botAppId
  MicrosoftAppTenantId: tenantId
  Bot__AllowedTenantIds__0: tenantId
  Storage__AccountName: storage.outputs.name
  Storage__ManagedIdentityClientId: identity.properties.clientId
  // Azure.Identity's ManagedIdentityCredential/DefaultAzureCredential pick the user-assigned identity from it.
  AZURE_CLIENT_ID: identity.properties.clientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
  Graph__TeamsAppCatalogId: graphTeamsAppCatalogId
  Graph__MailSender: graphMailSender
  Graph__DigestRecipient: graphDigestRecipient
}
// Documents:LinkSigningKey is required outside Development (the host refuses to start without it).
var documentSettings = {
  Documents__LinkSigningKey: '@Microsoft.KeyVault(VaultName=${keyVault.outputs.name};SecretName=${keyVault.outputs.linkSigningKeySecretName})'
}
var secretSettings = union(documentSettings, isManagedIdentityBot ? {} : {
  MicrosoftAppPassword: '@Microsoft.KeyVault(VaultName=${keyVault.outputs.name};SecretName=MicrosoftAppPassword)'
})

module webApp 'modules/webapp.bicep' = {
  name: 'webApp'
  params: {
    planName: 'plan-mesabot-${suffix}'
    siteName: 'app-mesabot-${suffix}'
    location: location
    skuName: appServiceSku
    identityId: identity.id
    appSettings: union(commonSettings, secretSettings)
  }
  dependsOn: [
    monitoring
  ]
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-mesabot-${suffix}'
    displayName: 'MesaBot'
    skuName: botSku
    appType: botAppType
    appId: botAppId
    tenantId: tenantId
    identityId: identity.id
    endpoint: 'https://${webApp.outputs.hostName}/api/messages'
  }
}

output webAppName string = webApp.outputs.name
output botHostName string = webApp.outputs.hostName
output microsoftAppId string = botAppId
output botName string = bot.outputs.name
output identityName string = identity.name
output identityClientId string = identity.properties.clientId
output identityPrincipalId string = identity.properties.principalId
output storageAccountName string = storage.outputs.name
output keyVaultName string = keyVault.outputs.name
output appInsightsName string = monitoring.outputs.appInsightsName
