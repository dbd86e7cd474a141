// The Agents SDK's echo bot, as its samples write it, for the chat benchmark (bench/MesaBot.LoadTest).
// Anonymous (no client id: the SDK skips token validation outside production and sends its reply without
// a token) and without storage: the least a bot built on the SDK does for a message. Listens on 127.0.0.1:$PORT.
import express from 'express'
import { AgentApplication, MessageFactory } from '@microsoft/agents-hosting'
import { createAgentRequestHandler } from '@microsoft/agents-hosting-express'

const agent = new AgentApplication()
agent.onActivity('message', async (context) => {
  const text = `Echo: ${context.activity.text}`
  await context.sendActivity(MessageFactory.text(text, text))
})

const app = express()
app.use(express.json())
app.post('/api/messages', createAgentRequestHandler(agent))
app.get('/ready', (_req, res) => res.send('ok'))
app.listen(Number(process.env.PORT), '127.0.0.1')
