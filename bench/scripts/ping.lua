-- wrk script: POST an HTTP keep-alive ping for app `web`, like the original's test app.
wrk.method = "POST"
wrk.body = '{"group":"app","id":"web","ping":true}'
wrk.headers["Content-Type"] = "application/json"
