// Linux App Service plan + Web App running the MesaBot host on .NET 10, as the user-assigned identity.
param planName string
param siteName string
param location string
param skuName string
param identityId string
@description('App settings (name → value) the host reads.')
param appSettings object

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: {
    name: skuName
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: siteName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    // Key Vault references resolve with the same identity (the site has no system-assigned one).
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      // The published host (dotnet publish src/MesaBot), deployed as a zip by `az webapp deploy`.
      appCommandLine: 'dotnet MesaBot.dll'
      // Always on: the host runs background work (deliveries, reminders) between messages.
      alwaysOn: true
      // Readiness (storage reachable): an instance that cannot reach storage is taken out of the load balancer.
      healthCheckPath: '/healthz/ready'
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [for setting in items(appSettings): {
        name: setting.key
        value: setting.value
      }]
    }
  }
}

// No FTP publishing credentials: code goes in with `az webapp deploy`.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

output name string = site.name
output hostName string = site.properties.defaultHostName
