-- wrk script: random 64 KiB ranges of a 4 MiB object. Env: SG_PATH (request path),
-- SG_AUTH (Authorization value, optional), SG_SIZE (object bytes, default 4 MiB).
local path = os.getenv("SG_PATH") or "/"
local auth = os.getenv("SG_AUTH")
local size = tonumber(os.getenv("SG_SIZE") or "4194304")
local chunk = 65536
local slots = math.floor(size / chunk)

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local off = math.random(0, slots - 1) * chunk
  local headers = { ["Range"] = "bytes=" .. off .. "-" .. (off + chunk - 1) }
  if auth and auth ~= "" then headers["Authorization"] = auth end
  return wrk.format("GET", path, headers)
end

function response(status, headers, body)
  if status ~= 206 then
    wrk.thread:stop()
  end
end
