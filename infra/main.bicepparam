// Parameters for a ministry's deployment. Defaults: the bot runs as its user-assigned managed identity
// (no secret). For SingleTenant set botAppType and singleTenantAppId (see docs/deploy.md).
using './main.bicep'

param botAppType = 'UserAssignedMSI'
param singleTenantAppId = ''
param appServiceSku = 'B1'
param storageSku = 'Standard_LRS'
param botSku = 'F0'
param logRetentionDays = 30
param blobRetentionDays = 14
param backupRetentionDays = 90
param vaultWriterObjectId = ''
param graphTeamsAppCatalogId = ''
param graphMailSender = ''
param graphDigestRecipient = ''
