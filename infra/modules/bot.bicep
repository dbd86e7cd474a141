// The Azure Bot registration and its Microsoft Teams channel.
param name string
param displayName string
param skuName string
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string
param appId string
param tenantId string
@description('Resource id of the user-assigned identity; used only when appType is UserAssignedMSI.')
param identityId string
param endpoint string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: appType
    msaAppId: appId
    msaAppTenantId: tenantId
    ...(appType == 'UserAssignedMSI' ? { msaAppMSIResourceId: identityId } : {})
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
output teamsChannel string = teams.name
