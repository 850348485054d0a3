-- Defect: the file returns a string instead of scenario { ... }.
local id = "worked-example"
return id
