-- wrk script: periodic re-joins by peers of the synthetic swarms that Array loads at start-up when
-- started with --docloud.array.synthetic.contents (see SyntheticSwarms.java, which this mirrors):
-- peer n has PeerId n in 40 hex digits, external IP 10.0.0.0 + n (sent as X-Forwarded-For) and
-- reported IP 192.168.0.0 + n (16 bits); one in five is a seed. Each join wants 50 peers.
-- Environment: FIRST_CONTENT, CONTENTS (the contents joined, drawn at random), PEERS_PER_CONTENT, WANTED.

local first = tonumber(os.getenv("FIRST_CONTENT") or "0")
local contents = tonumber(os.getenv("CONTENTS") or "10000")
local perContent = tonumber(os.getenv("PEERS_PER_CONTENT") or "100")
local wanted = tonumber(os.getenv("WANTED") or "50")
local pool = 20000

local threads = 0
function setup(thread)
   thread:set("seed", threads)
   threads = threads + 1
end

local requests = {}
local next = 1

function init(args)
   math.randomseed(1000 + (seed or 0))
   -- a small population is joined by every one of its peers in turn (so that none expires under load),
   -- in a shuffled order; a large one by peers drawn at random
   local total = contents * perContent
   local order = {}
   if total <= pool then
      for i = 1, total do order[i] = i - 1 end
      for i = total, 2, -1 do
         local j = math.random(1, i)
         order[i], order[j] = order[j], order[i]
      end
      pool = total
   end
   for i = 1, pool do
      local index = order[i] or math.random(0, total - 1)
      local content = first + math.floor(index / perContent)
      local number = content * perContent + index % perContent
      local left = (number % 5 == 0) and 0 or 1000000
      local headers = {}
      for name, value in pairs(wrk.headers) do headers[name] = value end
      headers["Content-Type"] = "application/json"
      headers["X-Forwarded-For"] = string.format("10.%d.%d.%d",
         math.floor(number / 65536) % 256, math.floor(number / 256) % 256, number % 256)
      local body = string.format(
         '{"ContentId":"synthetic-%d","PeerId":"%040x","ReportedIp":"192.168.%d.%d","Scope":3,"Left":%d,"PeersWanted":%d,"Port":7680}',
         content, number, math.floor(number / 256) % 256, number % 256, left, wanted)
      requests[i] = wrk.format("POST", "/join/", headers, body)
   end
end

function request()
   local r = requests[next]
   next = next % pool + 1
   return r
end
