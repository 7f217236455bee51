-- wrk script: BitTorrent announces to opentracker, the counterpart of array-join.lua: torrent t is
-- info_hash "bench-torrent-%06d" (listed in the whitelist), its peers are 127.0.0.1 with ports
-- 10000 + index (opentracker tells peers apart by address and port). Each announce wants 50 compact peers.
-- Environment: TORRENTS, PEERS_PER_TORRENT, WANTED; PRELOAD=1 announces every peer once, then stops.

local torrents = tonumber(os.getenv("TORRENTS") or "10000")
local perTorrent = tonumber(os.getenv("PEERS_PER_TORRENT") or "100")
local wanted = tonumber(os.getenv("WANTED") or "50")
local preload = os.getenv("PRELOAD") == "1"
local pool = 20000

local threads = {}
function setup(thread)
   thread:set("index", #threads)
   table.insert(threads, thread)
end

local headers = {}
local requests = {}
local next = 1
local sent = 0
local total = 0
local stride = 1

local function announce(number)
   local torrent = math.floor(number / perTorrent)
   local peer = number % perTorrent
   local path = string.format(
      "/announce?info_hash=bench-torrent-%06d&peer_id=-BENCH-%013d&port=%d&uploaded=0&downloaded=0&left=%d&numwant=%d&compact=1",
      torrent, number, 10000 + peer, (number % 5 == 0) and 0 or 1000000, wanted)
   return wrk.format("GET", path, headers)
end

function init(args)
   for name, value in pairs(wrk.headers) do headers[name] = value end
   total = torrents * perTorrent
   stride = tonumber(os.getenv("WRK_THREADS") or "1")
   if not preload then
      math.randomseed(2000 + (index or 0))
      for i = 1, pool do
         requests[i] = announce(math.random(0, total - 1))
      end
   end
end

function request()
   if preload then
      -- thread k announces peers k, k + threads, ...
      local number = (index or 0) + sent * stride
      sent = sent + 1
      if number >= total then
         wrk.thread:stop()
         number = 0
      end
      return announce(number)
   end
   local r = requests[next]
   next = next % pool + 1
   return r
end
